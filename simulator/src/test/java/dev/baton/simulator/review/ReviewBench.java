// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.Design;
import dev.baton.model.UsesRealTime;
import dev.baton.model.format.ContentHash;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.review.evidence.EvidenceSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * On-demand benchmark of the review (PRODUCT.md section 7: a generated 5,000-node design reviewed in under 100 ms),
 * printed next to the time to load the same design from its file, measured in the same run. It asserts nothing, so
 * it is not a test.
 *
 * <pre>
 * mvn -B -q -o -pl simulator -am test-compile
 * java -cp simulator/target/test-classes:simulator/target/classes:designer-model/target/classes:engine/target/classes:$(ls ~/.m2/repository/com/fasterxml/jackson/core/jackson-*&#47;2.22.4/*.jar | tr '\n' :) \
 *     dev.baton.simulator.review.ReviewBench [nodes]
 * </pre>
 */
@UsesRealTime("a benchmark measures wall-clock time")
public final class ReviewBench {
    private static final int WARMUP = 20;
    private static final int MEASURED = 31;

    private ReviewBench() {}

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        DesignReviewer reviewer = new DesignReviewer(EvidenceSource.NONE);
        for (Design design : List.of(LargeDesigns.guarded(nodes), LargeDesigns.unguarded(nodes))) {
            Path file = Files.createTempFile("review-bench", ".baton.json");
            try {
                DesignFiles.save(file, design);
                String hash = ContentHash.of(design);
                Timing load = measure(() -> load(file));
                Timing hashing = measure(() -> ContentHash.of(design));
                Timing rules = measure(() -> reviewer.review(design, hash, List.of()));
                Timing full = measure(() -> reviewer.review(design));
                Review review = reviewer.review(design);
                System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges, %d findings, score %s%n", design.name(),
                        design.nodes().size(), design.edges().size(), review.findings().size(),
                        review.score().fraction());
                System.out.printf(Locale.ROOT, "  %-22s %10s %10s %14s%n", "median of " + MEASURED, "wall ms",
                        "cpu ms", "cpu x load");
                print("load from file", load, load);
                print("content hash", hashing, load);
                print("review (hash known)", rules, load);
                print("review (with hash)", full, load);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        System.out.println("target: review under 100 ms (PRODUCT.md section 7). The machine is shared: compare cpu "
                + "time, and the ratio to loading, which suffer the same load.");
    }

    private static void print(String what, Timing t, Timing load) {
        System.out.printf(Locale.ROOT, "  %-22s %10.2f %10.2f %14.2f%n", what, t.wallMillis(), t.cpuMillis(),
                t.cpuMillis() / load.cpuMillis());
    }

    /** Median wall-clock and thread CPU time of one call. */
    private record Timing(double wallMillis, double cpuMillis) { }

    private static Design load(Path file) {
        try {
            return DesignFiles.load(file).design();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timing measure(Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        double[] wall = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[MEASURED / 2], cpu[MEASURED / 2]);
    }
}
