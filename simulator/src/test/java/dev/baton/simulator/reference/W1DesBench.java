// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.reference;

import dev.baton.model.UsesRealTime;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloResult;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.random.RandomStreams;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * On-demand benchmark of W1-DES (WORKLOADS.md): replications per second of the bare PriorityQueue loop (one
 * generator, no runner, no statistics: the "bare Java loop" of the peers), of the same model through the Monte
 * Carlo runner with per-replication named streams and exact statistics on 1 thread, and on all cores. Prints
 * ratios measured in the same run; it asserts nothing, so it is not a test. When the engine core can run W1-DES,
 * its rows go here too.
 *
 * <pre>
 * mvn -B -q -o -pl simulator -am test-compile
 * java -cp simulator/target/test-classes:simulator/target/classes:designer-model/target/classes:engine/target/classes \
 *     dev.baton.simulator.reference.W1DesBench [replications]
 * </pre>
 */
@UsesRealTime("a benchmark measures wall-clock throughput")
public final class W1DesBench {
    private static final int WARMUP_ROUNDS = 5;

    private W1DesBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        W1DesModel model = new W1DesModel(W1DesParameters.standard());
        int cores = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            bareLoop(model, n / 5);
            runner(model, n / 5, 1);
        }
        double bare = bareLoop(model, n);
        double runnerOne = runner(model, n, 1);
        double runnerAll = runner(model, n, cores);
        System.out.printf(Locale.ROOT, "W1-DES, %,d replications, %d cores%n", n, cores);
        row("bare PriorityQueue loop, 1 thread", bare, bare);
        row("runner + streams + stats, 1 thread", runnerOne, bare);
        row("runner + streams + stats, " + cores + " threads", runnerAll, bare);
    }

    private static void row(String name, double perSecond, double baseline) {
        System.out.printf(Locale.ROOT, "  %-44s %,12.0f rep/s  %,14.0f events/s  %5.2fx bare%n", name, perSecond,
                perSecond * 12.5, perSecond / baseline);
    }

    /** Replications per second of the model alone, one generator for all draws (also CoreBench's baseline). */
    public static double bareLoop(W1DesModel model, int n) {
        RandomGenerator rng = RandomStreams.fromSeed(1).stream("bench");
        long start = System.nanoTime();
        long checksum = 0;
        for (int i = 0; i < n; i++) {
            checksum += model.run(rng, rng).attempts();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (checksum < n) {
            throw new AssertionError("every replication makes at least one attempt per worker");
        }
        return n / seconds;
    }

    /** Replications per second through the Monte Carlo runner with full statistics. */
    private static double runner(W1DesModel model, int n, int threads) {
        long start = System.nanoTime();
        MonteCarloResult<W1DesSummary.Accumulator> r = new MonteCarloRunner().run(
                new MonteCarloSettings(n, 7, threads, MonteCarloSettings.DEFAULT_CHUNK_SIZE), model,
                W1DesSummary.aggregation(), ProgressListener.NONE, new Cancellation());
        W1DesSummary s = r.aggregate().summary();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (s.replications() != n) {
            throw new AssertionError("expected " + n + " replications, got " + s.replications());
        }
        return n / seconds;
    }
}
