// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** What an orchestrator does with a subtask that did not succeed. */
public enum FailureAction {
    /** Try the same worker again (draws on the retry budgets). */
    RETRY,
    /** Send the subtask to another worker that can do it. */
    REROUTE,
    /** Ask the orchestrator again, with what failed, for a new plan. */
    REPLAN,
    /** Take the partial result and carry on; the run ends {@code partial} at best. */
    ACCEPT_PARTIAL,
    /** Hand the decision to a human. */
    ESCALATE,
    /** Stop the run. */
    ABORT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FailureAction fromJson(String name) {
        for (FailureAction a : values()) {
            if (a.jsonName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown failure action \"" + name
                + "\" (expected retry, reroute, replan, accept-partial, escalate or abort)");
    }
}
