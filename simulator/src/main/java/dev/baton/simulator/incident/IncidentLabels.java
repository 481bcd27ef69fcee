// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.incident;

import dev.baton.simulator.stats.NodeCounter;
import java.util.Optional;

/**
 * Which failure pattern a counted incident belongs to. A safeguard that fired (a retry, a breaker trip, a hop cap,
 * a budget kill) is labelled with the pattern it guards against, so a report reads "hop cap hit 40 times: dynamic
 * handoff without an owner (FM-1.5)". Escalations have no label: escalating is the design working as intended,
 * whatever led to it.
 */
public final class IncidentLabels {
    private IncidentLabels() {}

    /** The pattern of {@code counter}, or empty for escalations. */
    public static Optional<FailurePattern> of(NodeCounter counter) {
        switch (counter) {
            case RETRIES:
            case BREAKER_TRIPS:
                return Optional.of(FailurePattern.RUNAWAY_RETRIES);
            case ESCALATIONS:
                return Optional.empty();
            case BUDGET_KILLS:
                return Optional.of(FailurePattern.RUNAWAY_SPEND);
            case HOP_CAP_HITS:
                return Optional.of(FailurePattern.HANDOFF_LOOP);
            case LOST_UPDATES:
                return Optional.of(FailurePattern.CONFLICTING_WRITES);
            case ORPHANED_SUBTASKS:
                return Optional.of(FailurePattern.ORPHANED_SUBTASKS);
            case UNVALIDATED_OUTPUTS:
            case WRONG_OUTPUTS:
                return Optional.of(FailurePattern.TRUST_COLLAPSE);
            case CONSTRAINTS_LOST:
                return Optional.of(FailurePattern.CONTEXT_ROT);
            default:
                throw new AssertionError("unhandled counter " + counter);
        }
    }
}
