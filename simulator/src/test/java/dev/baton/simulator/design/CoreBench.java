// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.model.UsesRealTime;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.reference.W1DesBench;
import dev.baton.simulator.reference.W1DesModel;
import dev.baton.simulator.reference.W1DesParameters;
import dev.baton.simulator.reference.W1DesSummary;
import java.util.Locale;

/**
 * On-demand benchmark of issue 4's speed criterion: W1-DES through the full core (all guarantees on) against the
 * bare PriorityQueue loop, replications per second measured in the same run, on 1 thread and on all cores. Prints
 * ratios; asserts nothing.
 *
 * <pre>
 * mvn -B -q -o -pl simulator -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp simulator/target/test-classes:simulator/target/classes:$(cat /tmp/cp.txt) \
 *     dev.baton.simulator.design.CoreBench [replications]
 * </pre>
 */
@UsesRealTime("a benchmark measures wall-clock throughput")
public final class CoreBench {
    private CoreBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int cores = Runtime.getRuntime().availableProcessors();
        DesignReplication core = new DesignReplication(W1DesDesign.model());
        W1DesModel bare = new W1DesModel(W1DesParameters.standard());
        for (int i = 0; i < 3; i++) {
            W1DesBench.bareLoop(bare, n / 2);
            core(core, n / 5, 1);
        }
        double bareRate = W1DesBench.bareLoop(bare, n);
        double coreOne = core(core, n, 1);
        double coreAll = core(core, n, cores);
        System.out.printf(Locale.ROOT, "W1-DES, %,d replications, %d cores%n", n, cores);
        System.out.printf(Locale.ROOT, "  bare PriorityQueue loop, 1 thread   %,12.0f rep/s%n", bareRate);
        System.out.printf(Locale.ROOT, "  engine core, 1 thread               %,12.0f rep/s  %.3fx bare%n", coreOne,
                coreOne / bareRate);
        System.out.printf(Locale.ROOT, "  engine core, %d threads              %,12.0f rep/s  %.2fx core on 1 thread%n",
                cores, coreAll, coreAll / coreOne);
    }

    private static double core(DesignReplication replication, int n, int threads) {
        long start = System.nanoTime();
        var r = new MonteCarloRunner().run(new MonteCarloSettings(n, 7, threads, MonteCarloSettings.DEFAULT_CHUNK_SIZE),
                replication, DesignStatistics.aggregation(replication.model()), ProgressListener.NONE,
                new Cancellation());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.aggregate().summary().runs() != n) {
            throw new AssertionError("expected " + n + " runs");
        }
        return n / seconds;
    }
}
