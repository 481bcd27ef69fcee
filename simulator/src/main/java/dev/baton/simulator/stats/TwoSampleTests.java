// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Two-sample tests that decide whether two batches of runs come from the same distribution: the simulated and the
 * real-time-driven runs of one design (issue 4's agreement check), or two designs compared side by side.
 *
 * <ul>
 *   <li>{@link #chiSquare}: Pearson's chi-square test of homogeneity on two outcome mixes. Outcomes seen in
 *       neither sample are dropped; degrees of freedom = outcomes seen - 1.
 *   <li>{@link #kolmogorovSmirnov}: the two-sample Kolmogorov-Smirnov test on two samples of a measure (hops,
 *       latency), with the asymptotic p-value and Stephens' small-sample correction. For discrete measures such as
 *       hop counts the test is conservative (p-values too large), so a rejection is trustworthy.
 *   <li>{@link #kolmogorovSmirnovPermutation}: the same statistic with a permutation p-value, exact in size for
 *       discrete measures with many ties (hop counts), where the asymptotic p-value loses power.
 * </ul>
 *
 * <p>Stateless and threadsafe.
 */
public final class TwoSampleTests {
    private TwoSampleTests() {}

    /**
     * A test's outcome.
     *
     * @param statistic        the test statistic (chi-square; or the KS distance D)
     * @param degreesOfFreedom degrees of freedom (chi-square), 0 for KS
     * @param pValue           probability of a statistic at least this large if both samples share a distribution
     */
    public record Result(double statistic, int degreesOfFreedom, double pValue) {
        /** Whether the samples differ at significance level {@code alpha} (p < alpha). */
        public boolean rejectsAt(double alpha) {
            return pValue < alpha;
        }
    }

    /** Chi-square test that two outcome tallies have the same mix. */
    public static <K extends Comparable<K>> Result chiSquare(Tally<K> a, Tally<K> b) {
        if (a.total() == 0 || b.total() == 0) {
            throw new IllegalArgumentException(
                    "chi-square needs runs in both samples, but had " + a.total() + " and " + b.total());
        }
        TreeSet<K> keys = new TreeSet<>();
        a.shares().forEach(s -> keys.add(s.key()));
        b.shares().forEach(s -> keys.add(s.key()));
        double na = a.total();
        double nb = b.total();
        double n = na + nb;
        double statistic = 0;
        for (K k : keys) {
            double column = a.count(k) + b.count(k);
            double expectedA = column * na / n;
            double expectedB = column * nb / n;
            statistic += square(a.count(k) - expectedA) / expectedA + square(b.count(k) - expectedB) / expectedB;
        }
        int df = keys.size() - 1;
        double p = df == 0 ? 1.0 : SpecialFunctions.chiSquareUpperTail(statistic, df);
        return new Result(statistic, df, p);
    }

    /** Two-sample Kolmogorov-Smirnov test on two samples of one measure. */
    public static Result kolmogorovSmirnov(SampleSet a, SampleSet b) {
        if (a.size() == 0 || b.size() == 0) {
            throw new IllegalArgumentException(
                    "Kolmogorov-Smirnov needs values in both samples, but had " + a.size() + " and " + b.size());
        }
        double[] x = a.sorted();
        double[] y = b.sorted();
        double d = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            // Step past every copy of v in both samples, so ties move both empirical CDFs together.
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        double ne = (double) x.length * y.length / (x.length + y.length);
        double sqrtNe = Math.sqrt(ne);
        double lambda = (sqrtNe + 0.12 + 0.11 / sqrtNe) * d;
        return new Result(d, 0, SpecialFunctions.kolmogorovUpperTail(lambda));
    }

    /**
     * The two-sample Kolmogorov-Smirnov distance with a permutation p-value: the share of {@code permutations}
     * random relabellings of the pooled values (drawn from {@code random}) whose distance is at least the observed
     * one, counting the observed labelling too ({@code (k + 1) / (permutations + 1)}). Exact in size whatever the
     * ties, so it suits discrete measures.
     */
    public static Result kolmogorovSmirnovPermutation(SampleSet a, SampleSet b, int permutations,
            RandomGenerator random) {
        double observed = kolmogorovSmirnov(a, b).statistic();
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be >= 1, but was " + permutations);
        }
        SampleSet pooled = new SampleSet();
        pooled.mergeFrom(a);
        pooled.mergeFrom(b);
        double[] values = pooled.sorted();
        boolean[] inA = new boolean[values.length];
        for (int i = 0; i < a.size(); i++) {
            inA[i] = true;
        }
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            for (int i = inA.length - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                boolean t = inA[i];
                inA[i] = inA[j];
                inA[j] = t;
            }
            // A small tolerance, so that a permuted distance equal to the observed one up to rounding counts.
            if (distance(values, inA, a.size(), b.size()) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return new Result(observed, 0, (atLeast + 1.0) / (permutations + 1.0));
    }

    /** The KS distance of a labelling of ascending pooled values; ties move both empirical CDFs together. */
    private static double distance(double[] values, boolean[] inA, int na, int nb) {
        double d = 0;
        int ca = 0;
        int cb = 0;
        for (int i = 0; i < values.length; i++) {
            if (inA[i]) {
                ca++;
            } else {
                cb++;
            }
            if (i + 1 == values.length || values[i + 1] != values[i]) {
                d = Math.max(d, Math.abs((double) ca / na - (double) cb / nb));
            }
        }
        return d;
    }

    /** The p-values of several tests combined by Bonferroni: the smallest p times the number of tests, capped at 1. */
    public static double bonferroni(List<Result> results) {
        List<Double> ps = new ArrayList<>();
        results.forEach(r -> ps.add(r.pValue()));
        return Math.min(1.0, ps.stream().mapToDouble(Double::doubleValue).min().orElse(1.0) * ps.size());
    }

    private static double square(double v) {
        return v * v;
    }
}
