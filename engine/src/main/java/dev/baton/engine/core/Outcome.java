// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.util.Locale;

/** The terminal outcome of a run: every run ends in exactly one of these, with a reason a person can read. */
public enum Outcome {
    /** The task's result was produced and every subtask succeeded. */
    COMPLETED,
    /** A result was produced, but some part of it is partial (accepted partial subtasks, owner completed partial,
     * planner stopped at its round limit). */
    PARTIAL,
    /** The end of the run was handed to a human, who approved the result as it stands (or no human was there). */
    ESCALATED,
    /** The run was stopped on purpose: a cap, a budget, an owner's or a human's abort, a cancel. */
    ABORTED,
    /** The run could not produce a result: failures beyond what the design's policy recovers from, a deadline. */
    FAILED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
