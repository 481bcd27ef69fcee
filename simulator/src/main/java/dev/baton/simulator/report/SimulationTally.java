// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.design.BehaviourModel;
import dev.baton.simulator.design.DesignStatistics;
import dev.baton.simulator.design.SimulatedRun;
import dev.baton.simulator.montecarlo.Aggregation;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;
import dev.baton.simulator.stats.SampleSet;

/**
 * What {@code baton simulate} accumulates over a batch: the design's {@link RunStatistics} plus the run-level facts
 * the reports need on top (runs that exercised a human escalation, runaways cut at the horizon). Mergeable like
 * its parts. Not threadsafe: the Monte Carlo runner gives each chunk its own tally.
 */
public final class SimulationTally {
    /** Every reason an engine safety ceiling produces names it so (see {@code EngineLimits}). */
    static final String SAFETY_CEILING = "engine safety ceiling";
    private static final int COUNTERS = NodeCounter.values().length;

    private final RunStatistics<Outcome> stats;
    private final SampleSet runawayCost = new SampleSet();
    private final SampleSet runawaySeconds = new SampleSet();
    private long escalatedRuns;

    private SimulationTally(RunStatistics<Outcome> stats) {
        this.stats = stats;
    }

    /** The aggregation of a batch of {@code model}. */
    public static Aggregation<SimulatedRun, SimulationTally> aggregation(BehaviourModel model) {
        Aggregation<SimulatedRun, RunStatistics<Outcome>> inner = DesignStatistics.aggregation(model);
        return Aggregation.of(() -> new SimulationTally(inner.create()), (tally, run) -> {
            inner.add(tally.stats, run);
            tally.addRunFacts(run);
        }, (into, from) -> {
            inner.merge(into.stats, from.stats);
            into.runawayCost.mergeFrom(from.runawayCost);
            into.runawaySeconds.mergeFrom(from.runawaySeconds);
            into.escalatedRuns += from.escalatedRuns;
        });
    }

    private void addRunFacts(SimulatedRun run) {
        long[] c = run.counts();
        for (int i = NodeCounter.ESCALATIONS.ordinal(); i < c.length; i += COUNTERS) {
            if (c[i] > 0) {
                escalatedRuns++;
                break;
            }
        }
        if (run.reason() != null && run.reason().contains(SAFETY_CEILING)) {
            runawayCost.add(run.measures().cost());
            runawaySeconds.add(run.measures().latencySeconds());
        }
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

    /** Simulated seconds at the cut of each runaway run, in the order of {@link #runawayCost()}. */
    public SampleSet runawaySeconds() {
        return runawaySeconds;
    }
}
