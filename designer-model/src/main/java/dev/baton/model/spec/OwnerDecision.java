// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** What a task owner decides when control comes back to it (at the hop cap, or when a handoff chain fails). */
public enum OwnerDecision {
    /** Complete with the best partial result so far. */
    COMPLETE_PARTIAL,
    /** Hand the task to a human. */
    ESCALATE,
    /** Stop the run. */
    ABORT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static OwnerDecision fromJson(String name) {
        for (OwnerDecision d : values()) {
            if (d.jsonName().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown owner decision \"" + name
                + "\" (expected complete-partial, escalate or abort)");
    }
}
