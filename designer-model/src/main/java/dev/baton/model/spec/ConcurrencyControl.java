// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** How a store orders concurrent writes. */
public enum ConcurrencyControl {
    /** Last writer wins; lost updates happen (the engine detects and reports them). */
    NONE,
    /** Versioned compare-and-set: a write against a stale version is a conflict, re-read or reported. */
    OPTIMISTIC,
    /** One writer at a time, in arrival order. */
    SERIALIZED,
    /** Writers own disjoint partitions, by a partition key. */
    PARTITIONED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConcurrencyControl fromJson(String name) {
        for (ConcurrencyControl c : values()) {
            if (c.jsonName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown concurrency control \"" + name
                + "\" (expected none, optimistic, serialized or partitioned)");
    }
}
