// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloResult;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.random.RandomStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * W1-DES reproduces the exact answers of WORKLOADS.md within Monte Carlo error. Every tolerance is four standard
 * errors of its estimator (quantiles: a distribution-free order-statistic interval), so the check is as strict as
 * the replication count allows and does not depend on the seed beyond a 1e-4 chance.
 */
class W1DesModelTest {
    private static final int N = 200_000;
    private static W1DesSummary summary;
    private static double[] sortedMakespans;

    @BeforeAll
    static void runOnce() {
        MonteCarloResult<W1DesSummary.Accumulator> r = new MonteCarloRunner().run(
                new MonteCarloSettings(N, 20261122L, 2, MonteCarloSettings.DEFAULT_CHUNK_SIZE),
                new W1DesModel(W1DesParameters.standard()), W1DesSummary.aggregation(), ProgressListener.NONE,
                new Cancellation());
        summary = r.aggregate().summary();
        sortedMakespans = r.aggregate().sortedMakespans();
    }

    @Test
    void completionRateIsOneMinusPSquaredToTheTenth() {
        double exact = Math.pow(1 - 0.05 * 0.05, 10); // 0.975279
        assertThat(summary.completionRate()).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / N)));
        assertThat(summary.completion95().contains(exact)).isTrue();
    }

    @Test
    void meanAttemptsIsTenAndAHalf() {
        // Each worker makes 1 + Bernoulli(0.05) attempts: variance 10 * 0.05 * 0.95 per replication.
        assertThat(summary.attempts().mean()).isCloseTo(10.5, within(4 * Math.sqrt(10 * 0.05 * 0.95 / N)));
    }

    @Test
    void meanCostMatchesTheExactValue() {
        // E[cost] = E[attempts] * (1 + 0.5 * E[D]) = 10.5 * (1 + 0.5 * 2 * exp(0.125)) = 22.3981.
        double exact = 10.5 * (1 + Math.exp(0.125));
        assertThat(exact).isCloseTo(22.3981, within(1e-4));
        assertThat(summary.cost().mean()).isCloseTo(exact, within(4 * summary.cost().standardError()));
    }

    @Test
    void makespanQuantilesMatchTheNumericalIntegration() {
        assertThat(orderStatisticInterval(0.50)).satisfies(ci -> assertThat(4.582).isBetween(ci[0], ci[1]));
        assertThat(orderStatisticInterval(0.95)).satisfies(ci -> assertThat(7.882).isBetween(ci[0], ci[1]));
        assertThat(orderStatisticInterval(0.99)).satisfies(ci -> assertThat(10.12).isBetween(ci[0], ci[1]));
        assertThat(summary.makespan().mean()).isCloseTo(4.884, within(4 * summary.makespan().standardError() + 5e-4));
    }

    @Test
    void eventsCountStartAttemptsAndJoin() {
        assertThat(summary.events()).isEqualTo(2L * N + Math.round(summary.attempts().mean() * N));
    }

    @Test
    void aReplicationIsAPureFunctionOfItsStreams() {
        W1DesModel model = new W1DesModel(W1DesParameters.standard());
        RandomStreams a = RandomStreams.forReplication(1, 42);
        RandomStreams b = RandomStreams.forReplication(1, 42);
        W1DesOutcome first = model.run(a.stream(W1DesModel.DURATION_STREAM), a.stream(W1DesModel.FAILURE_STREAM));
        W1DesOutcome again = model.run(b.stream(W1DesModel.DURATION_STREAM), b.stream(W1DesModel.FAILURE_STREAM));
        assertThat(again).isEqualTo(first);
        assertThat(first.events()).isEqualTo(first.attempts() + 2);
    }

    /** Order statistics four binomial standard deviations either side of rank n*p. */
    private static double[] orderStatisticInterval(double p) {
        double half = 4 * Math.sqrt(N * p * (1 - p));
        int lo = (int) Math.max(0, Math.floor(N * p - half));
        int hi = (int) Math.min(N - 1, Math.ceil(N * p + half));
        return new double[] {sortedMakespans[lo], sortedMakespans[hi]};
    }
}
