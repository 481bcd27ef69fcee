// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

/** The per-node incident counters a simulation reports (PRODUCT.md section 3). */
public enum NodeCounter {
    /** A call retried after a failure or timeout. */
    RETRIES,
    /** A circuit breaker opened. */
    BREAKER_TRIPS,
    /** A decision was escalated to a human or the owner. */
    ESCALATIONS,
    /** A run was stopped because a token, cost or call budget of the design ran out (not an engine ceiling). */
    BUDGET_KILLS,
    /** A handoff chain reached its hop cap. */
    HOP_CAP_HITS,
    /** A write silently replaced another writer's update. */
    LOST_UPDATES,
    /**
     * A delegated or consulted call of a node without a call timeout was still unanswered when the run ended:
     * nothing but the run's end settled it.
     */
    ORPHANED_SUBTASKS,
    /** A result reached the output without passing a validator or being approved by a person on escalation. */
    UNVALIDATED_OUTPUTS,
    /** A wrong (hallucinated or corrupted) result reached the output. */
    WRONG_OUTPUTS,
    /** A constraint passed on as prose was dropped on the way (context rot). */
    CONSTRAINTS_LOST
}
