// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.montecarlo.Aggregation;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloResult;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.SampleSet;
import dev.baton.simulator.stats.Tally;
import dev.baton.simulator.stats.TwoSampleTests;
import dev.baton.simulator.reference.W1DesModel;
import dev.baton.simulator.reference.W1DesParameters;
import dev.baton.simulator.reference.W1DesSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * W1-DES expressed as a design and run through the engine's core reproduces the exact answers of WORKLOADS.md
 * within Monte Carlo error (four standard errors; order-statistic intervals for quantiles), and agrees with the
 * bare reference model by two-sample tests.
 */
class W1DesOnCoreTest {
    private static final int N = 100_000;
    private static W1Figures core;

    /** Completion, attempts, cost and makespan per replication, from the core's run results. */
    static final class W1Figures {
        long runs;
        long completed;
        final SampleSet attempts = new SampleSet();
        final SampleSet cost = new SampleSet();
        final SampleSet makespan = new SampleSet();
        final Tally<Outcome> outcomes = new Tally<>();

        void add(SimulatedRun r) {
            runs++;
            completed += r.outcome() == Outcome.COMPLETED ? 1 : 0;
            outcomes.add(r.outcome());
            int attempts = workerAttempts(r);
            this.attempts.add(attempts);
            cost.add(attempts + 0.5 * r.busySeconds());
            makespan.add(r.measures().latencySeconds());
        }

        void merge(W1Figures o) {
            runs += o.runs;
            completed += o.completed;
            attempts.mergeFrom(o.attempts);
            cost.mergeFrom(o.cost);
            makespan.mergeFrom(o.makespan);
            outcomes.mergeFrom(o.outcomes);
        }
    }

    /** Worker attempts = retries counted at workers + one first attempt per worker. */
    static int workerAttempts(SimulatedRun r) {
        return 10 + (int) r.counts().total(NodeCounter.RETRIES);
    }

    @BeforeAll
    static void runThroughTheCore() {
        BehaviourModel model = W1DesDesign.model();
        MonteCarloResult<W1Figures> r = new MonteCarloRunner().run(
                new MonteCarloSettings(N, 20261122L, 2, MonteCarloSettings.DEFAULT_CHUNK_SIZE),
                new DesignReplication(model), Aggregation.of(W1Figures::new, W1Figures::add, W1Figures::merge),
                ProgressListener.NONE, new Cancellation());
        core = r.aggregate();
    }

    @Test
    void completionRateMatches() {
        double exact = Math.pow(1 - 0.05 * 0.05, 10);
        assertThat((double) core.completed / core.runs).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / N)));
        assertThat(core.outcomes.shares()).extracting(Tally.Share::key)
                .containsOnly(Outcome.COMPLETED, Outcome.PARTIAL);
    }

    @Test
    void meanAttemptsAndCostMatch() {
        assertThat(core.attempts.summary().mean()).isCloseTo(10.5, within(4 * Math.sqrt(10 * 0.05 * 0.95 / N)));
        double exactCost = 10.5 * (1 + Math.exp(0.125));
        assertThat(core.cost.summary().mean()).isCloseTo(exactCost, within(4 * core.cost.summary().standardError()));
    }

    @Test
    void makespanQuantilesMatch() {
        double[] sorted = core.makespan.sorted();
        assertThat(interval(sorted, 0.50)).satisfies(ci -> assertThat(4.582).isBetween(ci[0], ci[1]));
        assertThat(interval(sorted, 0.95)).satisfies(ci -> assertThat(7.882).isBetween(ci[0], ci[1]));
    }

    @Test
    void coreAgreesWithTheBareReferenceByTwoSampleTests() {
        MonteCarloResult<W1DesSummary.Accumulator> bare = new MonteCarloRunner().run(
                new MonteCarloSettings(20_000, 99, 2, MonteCarloSettings.DEFAULT_CHUNK_SIZE),
                new W1DesModel(W1DesParameters.standard()), W1DesSummary.aggregation(), ProgressListener.NONE,
                new Cancellation());
        SampleSet bareMakespans = new SampleSet();
        for (double v : bare.aggregate().sortedMakespans()) {
            bareMakespans.add(v);
        }
        assertThat(TwoSampleTests.kolmogorovSmirnov(core.makespan, bareMakespans).pValue()).isGreaterThan(0.001);
        Tally<Boolean> bareCompletion = new Tally<>();
        bareCompletion.add(true, bare.aggregate().summary().completed());
        bareCompletion.add(false, bare.aggregate().summary().replications() - bare.aggregate().summary().completed());
        Tally<Boolean> coreCompletion = new Tally<>();
        coreCompletion.add(true, core.completed);
        coreCompletion.add(false, core.runs - core.completed);
        assertThat(TwoSampleTests.chiSquare(coreCompletion, bareCompletion).pValue()).isGreaterThan(0.001);
    }

    private static double[] interval(double[] sorted, double p) {
        int n = sorted.length;
        double half = 4 * Math.sqrt(n * p * (1 - p));
        return new double[] {sorted[(int) Math.max(0, Math.floor(n * p - half))],
            sorted[(int) Math.min(n - 1, Math.ceil(n * p + half))]};
    }
}
