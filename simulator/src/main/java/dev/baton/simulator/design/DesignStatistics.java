// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.engine.core.Outcome;
import dev.baton.model.NodeId;
import dev.baton.simulator.montecarlo.Aggregation;
import dev.baton.simulator.stats.IncidentCounts;
import dev.baton.simulator.stats.RunStatistics;
import java.util.List;

/** Folds {@link SimulatedRun}s into {@link RunStatistics} keyed by the core's outcome. */
public final class DesignStatistics {
    private DesignStatistics() {}

    /** The aggregation for a Monte Carlo batch of {@code model}. */
    public static Aggregation<SimulatedRun, RunStatistics<Outcome>> aggregation(BehaviourModel model) {
        List<NodeId> ids = model.nodes().stream().map(NodeBehaviour::id).toList();
        return Aggregation.of(RunStatistics::new, (stats, run) -> {
            stats.record(run.outcome(), run.measures());
            IncidentCounts c = run.counts();
            for (int i = 0; i < c.size(); i++) {
                stats.counters().add(ids.get(c.node(i)), c.counter(i), c.count(i));
            }
        }, RunStatistics::mergeFrom);
    }
}
