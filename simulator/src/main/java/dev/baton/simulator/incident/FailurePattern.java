// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.incident;

import dev.baton.simulator.review.MastMode;

/**
 * The failure patterns of the seeds ({@code shared/seeds/*.txt}), each with the MAST failure mode it is filed
 * under. MAST has no concurrency mode; a lost update is one agent's work silently ignored by another's write, so
 * it is filed under FM-2.5.
 */
public enum FailurePattern {
    /** Constraints and facts degrade as prose is summarised from hop to hop. */
    CONTEXT_ROT("context rot across handoffs", MastMode.FM_1_4),
    /** Parallel writers overwrite each other's updates to shared state without an error. */
    CONFLICTING_WRITES("conflicting writes to shared state", MastMode.FM_2_5),
    /** Per-agent retries and re-routes multiply into a storm against a failing dependency. */
    RUNAWAY_RETRIES("runaway retry loops", MastMode.FM_1_3),
    /** A fabricated claim travels down a chain with the authority of a system message. */
    TRUST_COLLAPSE("trust collapse in agent chains", MastMode.FM_3_2),
    /** A delegated subtask fails or never answers and its loss goes unnoticed. */
    ORPHANED_SUBTASKS("orphaned subtasks and lost work", MastMode.FM_3_1),
    /** Agents hand a task around with nobody owning it: the $4,000 loop. */
    HANDOFF_LOOP("dynamic handoff without an owner", MastMode.FM_1_5),
    /** A planner keeps refining because no completion criterion was ever specified. */
    CONVERGENCE_STARVATION("adaptive planning without a finish line (convergence starvation)", MastMode.FM_1_5),
    /** A session keeps spending because nothing in the orchestration says when to stop. */
    RUNAWAY_SPEND("runaway spend", MastMode.FM_1_5);

    private final String title;
    private final MastMode mast;

    FailurePattern(String title, MastMode mast) {
        this.title = title;
        this.mast = mast;
    }

    /** The pattern as the seeds name it. */
    public String title() {
        return title;
    }

    /** The MAST failure mode the pattern is filed under. */
    public MastMode mast() {
        return mast;
    }

    /** {@code "runaway retry loops (FM-1.3 step repetition)"}. */
    public String label() {
        return title + " (" + mast.label() + ")";
    }
}
