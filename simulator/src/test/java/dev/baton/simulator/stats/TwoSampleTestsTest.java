// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.baton.simulator.random.LogNormal;
import dev.baton.simulator.random.RandomStreams;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TwoSampleTestsTest {

    @Test
    void chiSquareOfAHandComputedTable() {
        // 2x2 table [[30, 10], [20, 20]]: expected [[25, 15], [25, 15]], chi2 = 1 + 5/3 + 1 + 5/3 = 5.3333.
        Tally<String> a = tally(30, 10);
        Tally<String> b = tally(20, 20);
        TwoSampleTests.Result r = TwoSampleTests.chiSquare(a, b);
        assertThat(r.statistic()).isCloseTo(16.0 / 3, within(1e-12));
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.pValue()).isCloseTo(0.020921335337794, within(1e-9));
        assertThat(r.rejectsAt(0.05)).isTrue();
    }

    @Test
    void chiSquareAcceptsTwoDrawsFromOneMixAndRejectsDifferentMixes() {
        Tally<String> a = draws(new double[] {0.9, 0.07, 0.03}, 1);
        Tally<String> b = draws(new double[] {0.9, 0.07, 0.03}, 2);
        Tally<String> c = draws(new double[] {0.85, 0.10, 0.05}, 3);
        assertThat(TwoSampleTests.chiSquare(a, b).pValue()).isGreaterThan(0.001);
        assertThat(TwoSampleTests.chiSquare(a, c).pValue()).isLessThan(1e-6);
    }

    @Test
    void ksDistanceOfSeparatedSamplesIsOne() {
        assertThat(TwoSampleTests.kolmogorovSmirnov(of(1, 2, 3), of(4, 5, 6)).statistic()).isEqualTo(1.0);
        assertThat(TwoSampleTests.kolmogorovSmirnov(of(1, 2, 2, 3), of(1, 2, 2, 3)).statistic()).isZero();
    }

    @Test
    void ksAcceptsOneDistributionAndRejectsAShiftedOne() {
        LogNormal d = new LogNormal(Math.log(2), 0.5);
        SampleSet a = sample(d, 1, 1.0);
        SampleSet b = sample(d, 2, 1.0);
        SampleSet shifted = sample(d, 3, 1.05);
        assertThat(TwoSampleTests.kolmogorovSmirnov(a, b).pValue()).isGreaterThan(0.001);
        assertThat(TwoSampleTests.kolmogorovSmirnov(a, shifted).pValue()).isLessThan(1e-6);
        assertThat(TwoSampleTests.bonferroni(List.of(TwoSampleTests.kolmogorovSmirnov(a, b),
                TwoSampleTests.kolmogorovSmirnov(a, shifted)))).isLessThan(2e-6);
    }

    @Test
    void permutationKsOfTwoSeparatedTriplesHasTheExactP() {
        // Of the 20 ways to pick 3 of 6 pooled values, 2 separate them completely (D = 1): p = 0.1.
        TwoSampleTests.Result r = TwoSampleTests.kolmogorovSmirnovPermutation(of(1, 2, 3), of(4, 5, 6), 20_000,
                RandomStreams.fromSeed(4).stream("perm"));
        assertThat(r.statistic()).isEqualTo(1.0);
        assertThat(r.pValue()).isCloseTo(0.1, within(0.01));
    }

    @Test
    void permutationKsOnHopCountsHoldsItsSizeAndIsMorePowerfulThanTheAsymptoticP() {
        RandomGenerator rng = RandomStreams.fromSeed(5).stream("hops");
        int rejected = 0;
        int repeats = 200;
        for (int i = 0; i < repeats; i++) {
            if (TwoSampleTests.kolmogorovSmirnovPermutation(hops(rng, 0.5, 300), hops(rng, 0.5, 300), 200, rng)
                    .rejectsAt(0.05)) {
                rejected++;
            }
        }
        assertThat(rejected / (double) repeats).as("false rejections at alpha 0.05").isBetween(0.01, 0.10);

        // Ties make the asymptotic p-value conservative; the permutation p-value is not.
        SampleSet a = hops(rng, 0.5, 1000);
        SampleSet b = hops(rng, 0.45, 1000);
        assertThat(TwoSampleTests.kolmogorovSmirnovPermutation(a, b, 2_000, rng).pValue())
                .isLessThan(TwoSampleTests.kolmogorovSmirnov(a, b).pValue());
        assertThat(TwoSampleTests.kolmogorovSmirnovPermutation(a, hops(rng, 0.4, 1000), 2_000, rng).pValue())
                .isLessThan(0.01);
    }

    @Test
    void emptySamplesAreRejected() {
        assertThatThrownBy(() -> TwoSampleTests.kolmogorovSmirnov(new SampleSet(), of(1)))
                .hasMessage("Kolmogorov-Smirnov needs values in both samples, but had 0 and 1");
        assertThatThrownBy(() -> TwoSampleTests.chiSquare(new Tally<String>(), tally(1, 1)))
                .hasMessage("chi-square needs runs in both samples, but had 0 and 2");
    }

    private static Tally<String> tally(long yes, long no) {
        Tally<String> t = new Tally<>();
        t.add("no", no);
        t.add("yes", yes);
        return t;
    }

    private static Tally<String> draws(double[] p, long seed) {
        RandomGenerator rng = RandomStreams.fromSeed(seed).stream("mix");
        Tally<String> t = new Tally<>();
        for (int i = 0; i < 50_000; i++) {
            double u = rng.nextDouble();
            t.add(u < p[0] ? "a" : u < p[0] + p[1] ? "b" : "c");
        }
        return t;
    }

    private static SampleSet sample(LogNormal d, long seed, double scale) {
        RandomGenerator rng = RandomStreams.fromSeed(seed).stream("ks");
        SampleSet s = new SampleSet();
        for (int i = 0; i < 20_000; i++) {
            s.add(scale * d.sample(rng));
        }
        return s;
    }

    /** Hop counts: 1 plus the handoffs before the first answer, each handoff with probability 1 - answer. */
    private static SampleSet hops(RandomGenerator rng, double answer, int n) {
        SampleSet s = new SampleSet();
        for (int i = 0; i < n; i++) {
            int h = 1;
            while (h < 12 && rng.nextDouble() >= answer) {
                h++;
            }
            s.add(h);
        }
        return s;
    }

    private static SampleSet of(double... values) {
        SampleSet s = new SampleSet();
        for (double v : values) {
            s.add(v);
        }
        return s;
    }
}
