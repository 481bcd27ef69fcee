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
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * On-demand benchmark of issue 4's speed criterion: W1-DES through the full core (all guarantees on, the
 * simulator's sampled behaviour and statistics) against the bare PriorityQueue loop, on 1 thread and on all cores.
 * Each round measures the three one after the other, so a ratio compares figures taken under the same load; the
 * median round is printed. Besides wall-clock rates it prints the CPU time per replication: when the
 * machine is shared, CPU time per replication on 2 threads close to that on 1 thread means the threads do not slow
 * each other down (no contention), and a scaling below 2x then comes from cores the benchmark did not get. Asserts
 * nothing.
 *
 * <p>Run it with the collector {@code baton simulate} runs with (the throughput collector) and a fixed young
 * generation, so that neither loop pays for the heap growing during the measurement:
 *
 * <pre>
 * mvn -B -q -o -pl simulator -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -XX:+UseParallelGC -Xmn256m -cp simulator/target/test-classes:simulator/target/classes:$(cat /tmp/cp.txt) \
 *     dev.baton.simulator.design.CoreBench [replications per round] [rounds]
 * </pre>
 */
@UsesRealTime("a benchmark measures wall-clock throughput")
public final class CoreBench {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CoreBench() {}

    /** Replications per second (wall); CPU microseconds per replication of this thread and of the process. */
    private record Rate(double perSecond, double threadCpu, double processCpu) {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int cores = Runtime.getRuntime().availableProcessors();
        DesignReplication core = new DesignReplication(W1DesDesign.model());
        W1DesModel bare = new W1DesModel(W1DesParameters.standard());
        for (int i = 0; i < 3; i++) {
            W1DesBench.bareLoop(bare, n / 2);
            core(core, n / 5, 1);
            core(core, n / 5, cores);
        }
        double[][] r = new double[8][rounds];
        for (int round = 0; round < rounds; round++) {
            Rate b = measure(() -> W1DesBench.bareLoop(bare, n), n);
            Rate one = measure(() -> core(core, n, 1), n);
            Rate all = measure(() -> core(core, n, cores), n);
            double[] row = {b.perSecond, b.threadCpu, one.perSecond, one.threadCpu, all.perSecond, all.processCpu,
                one.perSecond / b.perSecond, one.processCpu};
            for (int k = 0; k < row.length; k++) {
                r[k][round] = row[k];
            }
        }
        double[] m = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            double[] sorted = r[k].clone();
            Arrays.sort(sorted);
            m[k] = sorted[rounds / 2];
        }
        double[] scaling = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            scaling[round] = r[4][round] / r[2][round];
        }
        Arrays.sort(scaling);
        System.out.printf(Locale.ROOT, "W1-DES, %,d replications per round, %d rounds (medians), %d cores,"
                + " load average %.2f, collector %s%n", n, rounds, cores, OS.getSystemLoadAverage(), collector());
        System.out.printf(Locale.ROOT, "  bare PriorityQueue loop, 1 thread  %,12.0f rep/s  cpu %6.3f us/rep%n", m[0],
                m[1]);
        System.out.printf(Locale.ROOT, "  engine core, 1 thread              %,12.0f rep/s  cpu %6.3f us/rep"
                + "  core/bare %.3f (wall), %.3f (cpu)%n", m[2], m[3], m[6], m[1] / m[3]);
        System.out.printf(Locale.ROOT, "  engine core, %d threads             %,12.0f rep/s  cpu %6.3f us/rep"
                + " (process)  %.2fx core on 1 thread (wall); process cpu per rep %.2fx that on 1 thread%n", cores,
                m[4], m[5], scaling[rounds / 2], m[5] / m[7]);
    }

    /** The garbage collectors of this JVM, which change the figures (docs/decisions/0007). */
    private static String collector() {
        StringBuilder b = new StringBuilder();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            b.append(b.length() == 0 ? "" : " + ").append(gc.getName());
        }
        return b.toString();
    }

    /**
     * Runs {@code batch} of {@code n} replications and takes this thread's CPU time (with 1 thread the runner works
     * on the caller's thread) and the process's (which includes the collector's threads; the operating system
     * counts it in 10 ms steps).
     */
    private static Rate measure(Runnable batch, int n) {
        long process = OS.getProcessCpuTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        batch.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rate(n / seconds, (THREADS.getCurrentThreadCpuTime() - thread) / 1e3 / n,
                (OS.getProcessCpuTime() - process) / 1e3 / n);
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
