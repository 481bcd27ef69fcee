// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.run;

import java.util.Locale;

/** The terminal outcome of a run, as stored (PRODUCT.md section 2, guarantee 1). */
public enum RunOutcome {
    COMPLETED, PARTIAL, ESCALATED, ABORTED, FAILED;

    /** The stored and printed name: "completed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunOutcome fromLabel(String label) {
        for (RunOutcome o : values()) {
            if (o.label().equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown run outcome \"" + label
                + "\" (expected completed, partial, escalated, aborted or failed)");
    }
}
