// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.baton.simulator.stats.DistributionSummary;
import dev.baton.simulator.stats.SampleSet;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Checks samplers against exact moments. Tolerances are four standard errors of the estimator, so a correct
 * sampler fails with probability below 1e-4 for a random seed; the seeds are fixed, so the run is reproducible.
 */
class DistributionsTest {
    private static final int N = 200_000;

    static Stream<RealDistribution> distributions() {
        return Stream.of(
                new LogNormal(Math.log(2.0), 0.5),
                LogNormal.fromMedianAndP95(1.5, 6.0),
                new BetaDistribution(2, 5),
                new BetaDistribution(0.5, 0.5),
                BetaDistribution.fromMeanAndConcentration(0.8, 10),
                new UniformDistribution(0.5, 0.9),
                new Exponential(3.0));
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void meanAndVarianceMatchTheExactValues(RealDistribution d) {
        DistributionSummary s = draw(d, RandomStreams.fromSeed(11).stream(d.toString()));
        double sd = Math.sqrt(d.variance());
        assertThat(s.mean()).isCloseTo(d.mean(), within(4 * sd / Math.sqrt(N)));
        // The variance estimator's standard error needs the fourth moment; these shapes have kurtosis below 10,
        // so sqrt(9 / N) relative error bounds it, and four of those is about 2.7%.
        assertThat(s.stdDev() * s.stdDev()).isCloseTo(d.variance(), within(4 * d.variance() * Math.sqrt(9.0 / N)));
    }

    @Test
    void lognormalFromQuantilesHitsItsMedianAndP95() {
        LogNormal d = LogNormal.fromMedianAndP95(2.0, 7.0);
        assertThat(d.median()).isCloseTo(2.0, within(1e-12));
        assertThat(d.p95()).isCloseTo(7.0, within(1e-12));
        double[] sorted = sorted(d, RandomStreams.fromSeed(3).stream("q"));
        assertThat(orderStatisticInterval(sorted, 0.5)).satisfies(ci -> assertThat(2.0).isBetween(ci[0], ci[1]));
        assertThat(orderStatisticInterval(sorted, 0.95)).satisfies(ci -> assertThat(7.0).isBetween(ci[0], ci[1]));
    }

    @Test
    void lognormalWithEqualQuantilesIsAPointMass() {
        LogNormal d = LogNormal.fromMedianAndP95(3.0, 3.0);
        assertThat(d.sample(RandomStreams.fromSeed(1).stream("x"))).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void uniformConfidenceStaysInItsBounds() {
        UniformDistribution d = new UniformDistribution(0.6, 0.95);
        RandomGenerator rng = RandomStreams.fromSeed(2).stream("c");
        for (int i = 0; i < 10_000; i++) {
            assertThat(d.sample(rng)).isGreaterThanOrEqualTo(0.6).isLessThan(0.95);
        }
    }

    @Test
    void samplersRejectInvalidParametersByName() {
        assertThatThrownBy(() -> LogNormal.fromMedianAndP95(2, 1))
                .hasMessage("lognormal p95 must be >= p50 (2.0), but was 1.0");
        assertThatThrownBy(() -> LogNormal.fromMedianAndP95(0, 1))
                .hasMessage("lognormal p50 must be finite and > 0, but was 0.0");
        assertThatThrownBy(() -> new BetaDistribution(0, 1)).hasMessage("beta alpha must be finite and > 0, but was 0.0");
        assertThatThrownBy(() -> new UniformDistribution(2, 1))
                .hasMessage("uniform bounds must be finite with low <= high, but were [2.0, 1.0]");
        assertThatThrownBy(() -> new Exponential(-1)).hasMessage("exponential rate must be finite and > 0, but was -1.0");
        assertThatThrownBy(() -> new Bernoulli(1.5)).hasMessage("bernoulli p must be between 0 and 1, but was 1.5");
        assertThatThrownBy(() -> new Poisson(Double.NaN)).hasMessage("poisson mean must be finite and >= 0, but was NaN");
    }

    private static DistributionSummary draw(RealDistribution d, RandomGenerator rng) {
        SampleSet s = new SampleSet();
        for (int i = 0; i < N; i++) {
            s.add(d.sample(rng));
        }
        return s.summary();
    }

    private static double[] sorted(RealDistribution d, RandomGenerator rng) {
        SampleSet s = new SampleSet();
        for (int i = 0; i < N; i++) {
            s.add(d.sample(rng));
        }
        return s.sorted();
    }

    /**
     * A distribution-free interval for the p-quantile: the order statistics four binomial standard deviations
     * either side of rank n*p.
     */
    static double[] orderStatisticInterval(double[] sorted, double p) {
        int n = sorted.length;
        double half = 4 * Math.sqrt(n * p * (1 - p));
        int lo = (int) Math.max(0, Math.floor(n * p - half));
        int hi = (int) Math.min(n - 1, Math.ceil(n * p + half));
        return new double[] {sorted[lo], sorted[hi]};
    }
}
