// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** A human's answer to an escalation, or the default taken when the deadline passes. */
public enum HumanDecision {
    /** Accept the result as it stands. */
    APPROVE,
    /** Reject the result; the run ends as failed. */
    REJECT,
    /** Stop the run. */
    ABORT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HumanDecision fromJson(String name) {
        for (HumanDecision d : values()) {
            if (d.jsonName().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown human decision \"" + name
                + "\" (expected approve, reject or abort)");
    }
}
