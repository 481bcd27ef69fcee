// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.design.BehaviourModel;
import dev.baton.simulator.design.DesignStatistics;
import dev.baton.simulator.design.SimulatedRun;
import dev.baton.simulator.incident.FailurePattern;
import dev.baton.simulator.incident.RunawayPatterns;
import dev.baton.simulator.montecarlo.Aggregation;
import dev.baton.simulator.stats.IncidentCounts;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;
import dev.baton.simulator.stats.SampleSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What {@code baton simulate} accumulates over a batch: the design's {@link RunStatistics} plus the run-level facts
 * the reports need on top (runs that exercised a human escalation, runaways cut at the horizon, why runs ended).
 * Mergeable like
 * its parts. Not threadsafe: the Monte Carlo runner gives each chunk its own tally.
 */
public final class SimulationTally {
    /** Every reason an engine safety ceiling produces names it so (see {@code EngineLimits}). */
    static final String SAFETY_CEILING = "engine safety ceiling";

    private final RunStatistics<Outcome> stats;
    private final FailurePattern loopPattern;
    private final FailurePattern orphanPattern;
    private final SampleSet runawayCost = new SampleSet();
    private final SampleSet runawaySeconds = new SampleSet();
    private final Map<FailurePattern, Long> runawayPatterns = new EnumMap<>(FailurePattern.class);
    private final EndReasons reasons = new EndReasons();
    private long escalatedRuns;

    private SimulationTally(RunStatistics<Outcome> stats, BehaviourModel model) {
        this.stats = stats;
        this.loopPattern = RunawayPatterns.of(model.design(), false);
        this.orphanPattern = RunawayPatterns.of(model.design(), true);
    }

    /** The aggregation of a batch of {@code model}. */
    public static Aggregation<SimulatedRun, SimulationTally> aggregation(BehaviourModel model) {
        Aggregation<SimulatedRun, RunStatistics<Outcome>> inner = DesignStatistics.aggregation(model);
        return Aggregation.of(() -> new SimulationTally(inner.create(), model), (tally, run) -> {
            inner.add(tally.stats, run);
            tally.addRunFacts(run);
        }, (into, from) -> {
            inner.merge(into.stats, from.stats);
            into.runawayCost.mergeFrom(from.runawayCost);
            into.runawaySeconds.mergeFrom(from.runawaySeconds);
            from.runawayPatterns.forEach((p, n) -> into.runawayPatterns.merge(p, n, Long::sum));
            into.escalatedRuns += from.escalatedRuns;
            into.reasons.mergeFrom(from.reasons);
        });
    }

    private void addRunFacts(SimulatedRun run) {
        reasons.add(run.outcome(), run.reason(), run.index());
        IncidentCounts c = run.counts();
        if (c.any(NodeCounter.ESCALATIONS)) {
            escalatedRuns++;
        }
        if (run.reason() != null && run.reason().contains(SAFETY_CEILING)) {
            runawayCost.add(run.measures().cost());
            runawaySeconds.add(run.measures().latencySeconds());
            runawayPatterns.merge(c.any(NodeCounter.ORPHANED_SUBTASKS) ? orphanPattern : loopPattern, 1L, Long::sum);
        }
    }

    /** Why the runs ended, grouped per outcome. */
    public EndReasons reasons() {
        return reasons;
    }

    /** Outcomes, distributions and per-node counters. */
    public RunStatistics<Outcome> stats() {
        return stats;
    }

    /** Runs in which at least one escalation to a human was opened. */
    public long escalatedRuns() {
        return escalatedRuns;
    }

    /** Cost at the cut of each run an engine safety ceiling (the horizon) stopped. */
    public SampleSet runawayCost() {
        return runawayCost;
    }

    /**
     * Runaway runs by the failure pattern that kept them going (see {@link RunawayPatterns}), in pattern order.
     */
    public Map<FailurePattern, Long> runawayPatterns() {
        return Collections.unmodifiableMap(runawayPatterns);
    }

    /** Simulated seconds at the cut of each runaway run, in the order of {@link #runawayCost()}. */
    public SampleSet runawaySeconds() {
        return runawaySeconds;
    }
}
