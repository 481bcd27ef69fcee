// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** What happens to output a validator rejects. */
public enum RejectAction {
    /** Send it back to its producer for another attempt (draws on the retry budgets). */
    RETRY,
    /** Ask the owner for a new plan. */
    REPLAN,
    /** Hand the decision to a human. */
    ESCALATE,
    /** Stop the run. */
    ABORT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RejectAction fromJson(String name) {
        for (RejectAction a : values()) {
            if (a.jsonName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown reject action \"" + name
                + "\" (expected retry, replan, escalate or abort)");
    }
}
