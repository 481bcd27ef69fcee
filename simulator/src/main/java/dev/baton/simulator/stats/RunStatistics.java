// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import dev.baton.model.NodeId;
import java.util.List;
import java.util.Map;

/**
 * Everything a simulation reports about a batch of runs: the outcome mix, the token, cost, latency and hop
 * distributions, and the per-node incident counters. Mergeable; the summary depends only on what was recorded,
 * not on how replications were split.
 *
 * <p>Not threadsafe: give each worker its own instance and {@link #mergeFrom merge} them.
 *
 * @param <K> the run outcome type
 */
public final class RunStatistics<K extends Comparable<K>> {
    private final Tally<K> outcomes = new Tally<>();
    private final SampleSet tokens = new SampleSet();
    private final SampleSet cost = new SampleSet();
    private final SampleSet latencySeconds = new SampleSet();
    private final SampleSet hops = new SampleSet();
    private final CounterTable counters = new CounterTable();

    /** Records one run's outcome and measures. */
    public void record(K outcome, RunMeasures measures) {
        outcomes.add(outcome);
        tokens.add(measures.tokens());
        cost.add(measures.cost());
        latencySeconds.add(measures.latencySeconds());
        hops.add(measures.hops());
    }

    /** The incident counters, for the replication to add to as incidents happen. */
    public CounterTable counters() {
        return counters;
    }

    /** The outcome tally, for two-sample tests between batches; do not add to it. */
    public Tally<K> outcomeTally() {
        return outcomes;
    }

    /** Tokens per run, for two-sample tests and charts; do not add to it. */
    public SampleSet tokenSamples() {
        return tokens;
    }

    /** Cost per run; do not add to it. */
    public SampleSet costSamples() {
        return cost;
    }

    /** Simulated seconds per run; do not add to it. */
    public SampleSet latencySamples() {
        return latencySeconds;
    }

    /** Hops per run; do not add to it. */
    public SampleSet hopSamples() {
        return hops;
    }

    /** Adds everything {@code other} recorded. */
    public void mergeFrom(RunStatistics<K> other) {
        outcomes.mergeFrom(other.outcomes);
        tokens.mergeFrom(other.tokens);
        cost.mergeFrom(other.cost);
        latencySeconds.mergeFrom(other.latencySeconds);
        hops.mergeFrom(other.hops);
        counters.mergeFrom(other.counters);
    }

    /** An immutable summary of everything recorded so far. */
    public Summary<K> summary() {
        return new Summary<>(outcomes.total(), outcomes.shares(), tokens.summary(), cost.summary(),
                latencySeconds.summary(), hops.summary(), counters.snapshot());
    }

    /**
     * One run's measures.
     *
     * @param tokens         tokens spent (input plus output)
     * @param cost           cost in the design's currency units
     * @param latencySeconds simulated time from intake to finish
     * @param hops           handoffs and delegations travelled
     */
    public record RunMeasures(long tokens, double cost, double latencySeconds, int hops) {
        public RunMeasures {
            if (tokens < 0 || hops < 0 || !(cost >= 0.0) || !(latencySeconds >= 0.0)) {
                throw new IllegalArgumentException("run measures must be >= 0, but were tokens=" + tokens
                        + " cost=" + cost + " latencySeconds=" + latencySeconds + " hops=" + hops);
            }
        }
    }

    /**
     * The summary of a batch.
     *
     * @param runs     number of runs recorded
     * @param outcomes each outcome seen, with its share and 95% interval, in outcome order
     * @param tokens   tokens per run
     * @param cost     cost per run
     * @param latency  simulated seconds per run
     * @param hops     hops per run
     * @param counters incident counters per node, in node id order
     */
    public record Summary<K>(long runs, List<Tally.Share<K>> outcomes, DistributionSummary tokens,
            DistributionSummary cost, DistributionSummary latency, DistributionSummary hops,
            Map<NodeId, Map<NodeCounter, Long>> counters) {}
}
