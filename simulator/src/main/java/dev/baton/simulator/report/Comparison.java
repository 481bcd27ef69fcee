// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.stats.RunStatistics;
import dev.baton.simulator.stats.SampleSet;
import dev.baton.simulator.stats.TwoSampleTests;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two simulations side by side (two designs, or one design under two fault plans) with the tests that say whether
 * they differ: chi-square on the outcome mix, Kolmogorov-Smirnov on tokens, cost, latency and hops.
 *
 * @param a     the first simulation
 * @param b     the second
 * @param tests one test per compared measure, outcome mix first
 */
public record Comparison(SimulationReport a, SimulationReport b, List<Test> tests) {
    /** The significance level the summary marks differences at. */
    public static final double ALPHA = 0.05;

    /**
     * One test.
     *
     * @param measure "outcomes", "tokens", "costUsd", "latencySeconds" or "hops"
     * @param name    "chi-square" or "Kolmogorov-Smirnov"
     * @param result  statistic and p-value
     */
    public record Test(String measure, String name, TwoSampleTests.Result result) {}

    public Comparison {
        tests = List.copyOf(tests);
    }

    /** Compares {@code a} with {@code b}; both need at least one run. */
    public static Comparison of(SimulationReport a, SimulationReport b) {
        RunStatistics<Outcome> x = a.tally().stats();
        RunStatistics<Outcome> y = b.tally().stats();
        List<Test> tests = new ArrayList<>();
        tests.add(new Test("outcomes", "chi-square", TwoSampleTests.chiSquare(x.outcomeTally(), y.outcomeTally())));
        tests.add(ks("tokens", x, y, RunStatistics::tokenSamples));
        tests.add(ks("costUsd", x, y, RunStatistics::costSamples));
        tests.add(ks("latencySeconds", x, y, RunStatistics::latencySamples));
        tests.add(ks("hops", x, y, RunStatistics::hopSamples));
        return new Comparison(a, b, tests);
    }

    private static Test ks(String measure, RunStatistics<Outcome> x, RunStatistics<Outcome> y,
            Function<RunStatistics<Outcome>, SampleSet> samples) {
        return new Test(measure, "Kolmogorov-Smirnov",
                TwoSampleTests.kolmogorovSmirnov(samples.apply(x), samples.apply(y)));
    }

    /** The test of {@code measure}. */
    public Test test(String measure) {
        for (Test t : tests) {
            if (t.measure().equals(measure)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no test of \"" + measure + "\"; the comparison tests "
                + tests.stream().map(Test::measure).toList());
    }
}
