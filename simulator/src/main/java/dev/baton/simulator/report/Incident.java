// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.model.NodeId;
import dev.baton.simulator.incident.FailurePattern;
import dev.baton.simulator.stats.NodeCounter;
import java.util.Optional;

/**
 * One kind of incident at one node over a batch, labelled with the seeds' failure pattern and its MAST mode.
 *
 * @param node    where it was counted
 * @param counter what was counted
 * @param count   how often, over all runs
 * @param perRun  count / runs
 * @param pattern the failure pattern (empty for escalations, which are the design working)
 */
public record Incident(NodeId node, NodeCounter counter, long count, double perRun,
        Optional<FailurePattern> pattern) {

    /** "retries", "breaker trips", ... */
    public String what() {
        return CounterNames.words(counter);
    }

    /** "runaway retry loops (FM-1.3 step repetition)", or "escalation to a human (no failure pattern)". */
    public String label() {
        return pattern.map(FailurePattern::label).orElse("the design escalating as intended");
    }
}
