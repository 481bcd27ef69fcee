// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.Locale;

/** How bad a finding is, from worst to least. The declaration order is the order of badness. */
public enum Severity {
    /** The design will fail in production in the way the seed describes; do not ship. */
    BLOCKER,
    /** A missing guard that turns a fault into an incident. */
    MAJOR,
    /** A weakness worth fixing; it does not by itself cause an incident. */
    MINOR,
    /** Worth knowing; no action required. */
    INFO;

    /** Whether this severity is at least as bad as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code blocker}, {@code major}, {@code minor} or {@code info} (any case). */
    public static Severity fromName(String name) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity \"" + name + "\" (expected blocker, major, minor or info)");
    }
}
