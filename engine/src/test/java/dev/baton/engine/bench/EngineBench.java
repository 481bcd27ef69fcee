// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.bench;

import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.engine.driver.EscalationInbox;
import dev.baton.engine.driver.RealTimeDriver;
import dev.baton.engine.time.Behaviour;
import dev.baton.engine.time.VirtualTimeDriver;
import dev.baton.engine.trace.MemoryTraceSink;
import dev.baton.model.UsesRealTime;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * On-demand benchmark of the engine core on W1, W2 and W3 (WORKLOADS.md): every guard on, tracing to memory,
 * stub nodes; each figure next to a bare Java loop that calls the same stub nodes and routes their answers with no
 * guarantees and no trace, measured in the same run. It
 * asserts nothing beyond each run's check, so it is not a test. Protocol: warm-up 5,000 runs, then 10,000
 * sequential runs, each timed.
 *
 * <pre>
 * mvn -B -q -o -pl engine -am test-compile
 * java -cp engine/target/test-classes:engine/target/classes:designer-model/target/classes:$JACKSON \
 *     dev.baton.engine.bench.EngineBench [runs] [--only=W1,W2,W3,W1-DES,real] [--inflight]
 * </pre>
 */
@UsesRealTime("a benchmark measures wall-clock time")
public final class EngineBench {
    /** Warm-up runs per figure; the JIT needs more than the protocol's 5,000 to finish compiling the core. */
    private static final int WARMUP = 30_000;
    /** Timed rounds per figure; the median round is printed (the machine may be shared). */
    private static final int ROUNDS = 5;
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10_000;
        String only = options.stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7)).findFirst()
                .orElse("W1,W2,W3,W1-DES,real");
        List<String> figures = Arrays.asList(only.split(","));
        System.out.printf(Locale.ROOT, "Engine core, %,d sequential runs per figure, %d cores, load average %.2f,"
                + " tracing to memory; per node call: wall and thread CPU time, median of %d rounds%n", n,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), ROUNDS);
        if (figures.contains("W2")) {
            virtual("W2 handoff chain", Workloads.w2(16), new Workloads.W2Nodes(), 12, n, EngineBench::bareW2);
            capSanityCheck();
        }
        if (figures.contains("W3")) {
            virtual("W3 planning loop", Workloads.w3(), new Workloads.W3Nodes(), 41, n, EngineBench::bareW3);
        }
        if (figures.contains("W1")) {
            virtual("W1 fan-out, virtual time", Workloads.w1(), new Workloads.W1Nodes(), 12, n, EngineBench::bareW1);
        }
        if (figures.contains("W1-DES")) {
            w1des(Math.max(n, 100_000));
        }
        if (figures.contains("real")) {
            realTime(n);
        }
        if (options.contains("--inflight")) {
            inFlight(10_000);
        }
    }

    interface Bare {
        long run(int k);
    }

    private static void virtual(String name, dev.baton.model.Design design, Behaviour nodes, int calls, int n,
            Bare bare) {
        RunPlan plan = RunPlan.compile(design);
        VirtualTimeDriver driver = new VirtualTimeDriver();
        MemoryTraceSink sink = new MemoryTraceSink();
        for (int i = 0; i < WARMUP; i++) {
            sink.clear();
            check(design.name(), driver.run(plan, RunId.of(i), i, i, nodes, sink), calls);
            bare.run(i);
        }
        double[][] rounds = new double[ROUNDS][];
        for (int round = 0; round < ROUNDS; round++) {
            long[] lat = new long[n];
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long s = System.nanoTime();
                sink.clear();
                RunResult r = driver.run(plan, RunId.of(i), i, i, nodes, sink);
                lat[i] = System.nanoTime() - s;
                check(design.name(), r, calls);
            }
            long engine = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
            long bareCpu0 = CPU.getCurrentThreadCpuTime();
            long b0 = System.nanoTime();
            long checksum = 0;
            for (int i = 0; i < n; i++) {
                checksum += bare.run(i);
            }
            long bareTime = System.nanoTime() - b0 + (checksum == Long.MIN_VALUE ? 1 : 0);
            long bareCpu = CPU.getCurrentThreadCpuTime() - bareCpu0;
            Arrays.sort(lat);
            double perCall = 1e3 * n * calls;
            rounds[round] = new double[] {engine / perCall, n / (engine / 1e9), lat[n / 2] / 1e3,
                lat[n * 99 / 100] / 1e3, cpu / perCall, bareTime / perCall, bareCpu / perCall};
        }
        double[] m = new double[rounds[0].length];
        for (int k = 0; k < m.length; k++) {
            double[] column = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                column[round] = rounds[round][k];
            }
            Arrays.sort(column);
            m[k] = column[ROUNDS / 2];
        }
        System.out.printf(Locale.ROOT, "  %-26s %,9.0f runs/s  p50 %6.1f us  p99 %7.1f us  us/node call: wall %6.3f"
                + " cpu %6.3f; bare loop wall %6.3f cpu %6.3f; engine/bare %4.1fx (cpu); %d trace events/run%n",
                name, m[1], m[2], m[3], m[0], m[4], m[5], m[6], m[4] / m[6], sink.size());
    }

    private static void check(String workload, RunResult r, int calls) {
        if (r.outcome() != Outcome.COMPLETED || r.calls() != calls) {
            throw new IllegalStateException(workload + " run failed its check: " + r.outcome() + " " + r.reason()
                    + " after " + r.calls() + " calls");
        }
        Object v = r.result();
        if (v instanceof Workloads.W2State) {
            Workloads.W2State s = (Workloads.W2State) v;
            if (s.hops != 12 || r.hops() != 12 || s.acc != bareW2Acc()) {
                throw new IllegalStateException("W2 check failed: hops " + s.hops + ", acc " + s.acc);
            }
        } else if (v instanceof Workloads.W3State) {
            Workloads.W3State s = (Workloads.W3State) v;
            if (s.iter != 20 || s.acc != 400) {
                throw new IllegalStateException("W3 check failed: iter " + s.iter + ", acc " + s.acc);
            }
        }
    }

    private static void capSanityCheck() {
        RunPlan plan = RunPlan.compile(Workloads.w2(11));
        RunResult r = new VirtualTimeDriver().run(plan, RunId.of(0), 0, 0, new Workloads.W2Nodes(),
                new MemoryTraceSink());
        if (r.outcome() != Outcome.ABORTED || !r.reason().startsWith("hop cap 11 reached")) {
            throw new IllegalStateException("W2 with cap 11 must stop at the cap, but: " + r.reason());
        }
        System.out.println("  W2 with hop cap 11: " + r.outcome().jsonName() + ", \"" + r.reason() + "\"");
    }

    private static long bareW2Acc() {
        return W2_ACC;
    }

    private static final long W2_ACC = w2Acc();

    private static long w2Acc() {
        long acc = 0;
        for (int i = 0; i < 12; i++) {
            acc = acc * 31 + i;
        }
        return acc;
    }

    // ---- the same stub nodes in a plain loop: routing only, no guarantees, no trace ----

    private static final RunId BARE = RunId.of(0);
    private static final Behaviour W1 = new Workloads.W1Nodes();
    private static final Behaviour W2 = new Workloads.W2Nodes();
    private static final Behaviour W3 = new Workloads.W3Nodes();
    private static final dev.baton.model.NodeId ORCHESTRATOR = new dev.baton.model.NodeId("orchestrator");
    private static final dev.baton.model.NodeId MANAGER = new dev.baton.model.NodeId("manager");
    private static final dev.baton.model.NodeId SPECIALIST = new dev.baton.model.NodeId("specialist");

    private static dev.baton.engine.core.AgentCall call(dev.baton.model.NodeId node,
            dev.baton.engine.core.CallPurpose purpose, Object input, List<dev.baton.engine.core.SubtaskOutcome> outcomes) {
        return new dev.baton.engine.core.AgentCall(BARE, 0, node, dev.baton.model.NodeKind.AGENT, purpose, 0, input,
                List.of(), List.of(), dev.baton.model.message.TrustLabel.SYSTEM, 0, 1, 0, outcomes, 0);
    }

    private static long bareW1(int k) {
        AgentReply plan = W1.respond(call(ORCHESTRATOR, dev.baton.engine.core.CallPurpose.PLAN, k, List.of()));
        List<dev.baton.engine.core.SubtaskOutcome> outcomes = new ArrayList<>(10);
        for (dev.baton.engine.core.SubtaskRequest r : plan.subtasks()) {
            AgentReply w = W1.respond(call(r.to(), dev.baton.engine.core.CallPurpose.WORK, r.input(), List.of()));
            outcomes.add(new dev.baton.engine.core.SubtaskOutcome(outcomes.size(), r.to(),
                    dev.baton.model.message.EnvelopeStatus.SUCCESS, w.result(), w.confidence(), ""));
        }
        long total = (Long) W1.respond(call(ORCHESTRATOR, dev.baton.engine.core.CallPurpose.SYNTHESIZE, k, outcomes))
                .result();
        if (total != 10L * (20L * k + 1) + 90) {
            throw new IllegalStateException("bare W1 check");
        }
        return total;
    }

    private static long bareW2(int k) {
        Object state = k;
        dev.baton.model.NodeId next = Workloads.AGENTS[0];
        int hops = 0;
        while (true) {
            if (++hops > 16) {
                throw new IllegalStateException("cap");
            }
            AgentReply r = W2.respond(call(next, dev.baton.engine.core.CallPurpose.WORK, state, List.of()));
            state = r.result();
            if (r.target() == null) {
                return ((Workloads.W2State) state).acc;
            }
            next = r.target();
        }
    }

    private static long bareW3(int k) {
        List<dev.baton.engine.core.SubtaskOutcome> outcomes = List.of();
        for (int calls = 0; calls < 100; calls++) {
            AgentReply m = W3.respond(call(MANAGER, dev.baton.engine.core.CallPurpose.REVIEW, k, outcomes));
            if (m.confidence() >= 0.9) {
                return ((Workloads.W3State) m.result()).acc;
            }
            AgentReply s = W3.respond(call(SPECIALIST, dev.baton.engine.core.CallPurpose.CONSULT, m.result(),
                    List.of()));
            outcomes = List.of(new dev.baton.engine.core.SubtaskOutcome(0, SPECIALIST,
                    dev.baton.model.message.EnvelopeStatus.SUCCESS, s.result(), 1.0, ""));
        }
        throw new IllegalStateException("cap");
    }

    // ---- W1-DES: Monte Carlo through the core ----

    private static void w1des(int n) {
        RunPlan plan = RunPlan.compile(W1Des.design());
        VirtualTimeDriver driver = new VirtualTimeDriver();
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        java.util.random.RandomGeneratorFactory<java.util.random.RandomGenerator> f =
                java.util.random.RandomGeneratorFactory.of("L64X128MixRandom");
        RunId id = RunId.of(0);
        for (int i = 0; i < 50_000; i++) {
            W1Des.bare(f.create(1), queue);
        }
        W1Des.Nodes warm = new W1Des.Nodes(f.create(1));
        MemoryTraceSink sink = new MemoryTraceSink();
        for (int i = 0; i < 50_000; i++) {
            driver.run(plan, id, null, i, warm, dev.baton.engine.core.TraceSink.NONE);
            sink.clear();
            driver.run(plan, id, null, i, warm, sink);
        }
        java.util.random.RandomGenerator bareRandom = f.create(2);
        W1Des.Nodes nodes = new W1Des.Nodes(f.create(3));
        // Per round: bare, core without trace, core traced to memory; wall rep/s and thread CPU us/rep each.
        double[][] rounds = new double[ROUNDS][];
        long completed = 0;
        double makespan = 0;
        double bareMakespan = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bareMakespan += Math.abs(W1Des.bare(bareRandom, queue));
            }
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                RunResult r = driver.run(plan, id, null, i, nodes, dev.baton.engine.core.TraceSink.NONE);
                completed += r.outcome() == Outcome.COMPLETED ? 1 : 0;
                makespan += r.endTime() / 1e9;
            }
            long t2 = System.nanoTime();
            long c2 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink.clear();
                driver.run(plan, id, null, i, nodes, sink);
            }
            long t3 = System.nanoTime();
            long c3 = CPU.getCurrentThreadCpuTime();
            rounds[round] = new double[] {n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9), n / ((t3 - t2) / 1e9),
                (c1 - c0) / 1e3 / n, (c2 - c1) / 1e3 / n, (c3 - c2) / 1e3 / n,
                (t1 - t0) / (double) (t2 - t1), (t1 - t0) / (double) (t3 - t2)};
        }
        double[] m = new double[rounds[0].length];
        for (int k = 0; k < m.length; k++) {
            double[] column = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                column[round] = rounds[round][k];
            }
            Arrays.sort(column);
            m[k] = column[ROUNDS / 2];
        }
        long runs = (long) n * ROUNDS;
        System.out.printf(Locale.ROOT, "  W1-DES bare PriorityQueue loop %,9.0f rep/s  cpu %6.3f us/rep%n", m[0], m[3]);
        System.out.printf(Locale.ROOT, "  W1-DES through the core, no trace %,9.0f rep/s  cpu %6.3f us/rep  core/bare"
                + " %.3f (wall), %.3f (cpu)%n", m[1], m[4], m[6], m[3] / m[4]);
        System.out.printf(Locale.ROOT, "  W1-DES through the core, traced   %,9.0f rep/s  cpu %6.3f us/rep  core/bare"
                + " %.3f (wall), %.3f (cpu)%n", m[2], m[5], m[7], m[3] / m[5]);
        System.out.printf(Locale.ROOT, "  W1-DES check: completion %.4f (exact 0.9753), attempts %.3f (10.5), makespan"
                + " %.3f (4.884, bare %.3f)%n", completed / (double) runs, nodes.attempts / (2.0 * runs),
                makespan / runs, bareMakespan / runs);
    }

    // ---- real time ----

    private static void realTime(int n) throws Exception {
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        Behaviour nodes = new Workloads.W1Nodes();
        AgentAdapter stub = call -> CompletableFuture.completedFuture(nodes.respond(call));
        RunPlan plan = RunPlan.compile(Workloads.w1());
        try {
            real("W1 real time, parallel pool", new RealTimeDriver(stub, timers, EscalationInbox.NONE, pool,
                    System::nanoTime), plan, n);
            real("W1 real time, caller thread", new RealTimeDriver(stub, timers, EscalationInbox.NONE), plan, n);
        } finally {
            timers.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static void real(String name, RealTimeDriver driver, RunPlan plan, int n) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            check("W1", driver.start(plan, RunId.of(i), i, i, new MemoryTraceSink()).get(), 12);
        }
        long[] lat = new long[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            RunResult r = driver.start(plan, RunId.of(i), i, i, new MemoryTraceSink()).get();
            lat[i] = System.nanoTime() - s;
            check("W1", r, 12);
        }
        long total = System.nanoTime() - t0;
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "  %-28s %,9.0f runs/s  p50 %6.1f us  p99 %7.1f us  %6.3f us/node call%n",
                name, n / (total / 1e9), lat[n / 2] / 1e3, lat[n * 99 / 100] / 1e3, total / 1e3 / n / 12);
    }

    /** {@code count} W1 runs in flight at once, every agent answering after one second. */
    private static void inFlight(int count) throws Exception {
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        Behaviour nodes = new Workloads.W1Nodes();
        AgentAdapter oneSecond = call -> {
            AgentReply reply = nodes.respond(call);
            CompletableFuture<AgentReply> f = new CompletableFuture<>();
            timers.schedule(() -> f.complete(reply), 1, TimeUnit.SECONDS);
            return f;
        };
        RealTimeDriver driver = new RealTimeDriver(oneSecond, timers, EscalationInbox.NONE);
        RunPlan plan = RunPlan.compile(Workloads.w1());
        List<CompletableFuture<RunResult>> runs = new ArrayList<>(count);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            runs.add(driver.start(plan, RunId.of(i), i, i, new MemoryTraceSink()));
        }
        Thread.sleep(1_500);
        int peak = driver.inFlight();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int completed = 0;
        for (CompletableFuture<RunResult> f : runs) {
            check("W1", f.get(), 12);
            completed++;
        }
        System.out.printf(Locale.ROOT, "  %,d W1 runs in flight, agents 1 s each: %,d in flight at 1.5 s, heap after GC"
                + " %,d MB (max %,d MB), all %,d completed in %.1f s%n", count, peak, heap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, completed, (System.nanoTime() - t0) / 1e9);
        timers.shutdownNow();
    }
}
