// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.adapter.DesignAdapters;
import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.core.EscalationRequest;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.driver.EscalationInbox;
import dev.baton.engine.driver.RealTimeDriver;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.escalation.EscalationStatus;
import dev.baton.engine.store.escalation.EscalationWaiter;
import dev.baton.engine.store.trace.RunContext;
import dev.baton.engine.store.trace.StoreTraceSink;
import dev.baton.engine.store.trace.TraceRecorder;
import dev.baton.engine.time.HumanAnswer;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One design run for real by {@code baton run}: the real-time driver with the design's scripted agents, its trace
 * going to the trace store and to the progress tracker, and its escalations going to the inbox.
 *
 * <p>How an answer reaches the run: the store sink puts each escalation to a human in the inbox; a waiter thread
 * looks at its row every {@link #POLL} until a person answers ({@code baton inbox answer}, possibly from another
 * process) and passes the answer to the driver. The deadline is kept by the engine core itself, which takes the
 * default; the sink then marks the row defaulted. A human node the design scripts answers by its script.
 */
final class LiveRun implements AutoCloseable {
    /** How often a waiting escalation's row is looked at. */
    static final Duration POLL = Duration.ofMillis(500);

    private final RunId id;
    private final PrintWriter err;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("baton-timer"));
    private final ExecutorService waiters = Executors.newCachedThreadPool(daemon("baton-inbox"));
    private final ScriptedAgents agents;
    private final EscalationWaiter waiter;
    private final StoreTraceSink sink;
    private final ProgressTracker progress;
    private final RealTimeDriver driver;
    private CompletableFuture<RunResult> done;

    LiveRun(RunPlan plan, String runId, TraceDatabase database, Clock clock, long seed, Instant startedAt,
            PrintWriter err, DesignAdapters adapters) {
        this.id = new RunId(runId);
        this.err = err;
        this.agents = new ScriptedAgents(plan.design());
        this.waiter = new EscalationWaiter(database, clock, RealTime.sleeper(), POLL);
        this.sink = new StoreTraceSink(database, new RunContext(DesignHash.of(plan.design()), seed, startedAt, true),
                this::waitForAnswer, TraceRecorder.DEFAULT_FLUSH_THRESHOLD);
        this.progress = new ProgressTracker(plan.design().policy());
        // Nodes with a real adapter (design settings or --agent-override) call it; the rest answer from the scripts.
        this.driver = new RealTimeDriver(adapters.withScripted(agents.withLatency(timers)), timers, scriptedHumans());
    }

    /** Starts the run; the future completes when it ends. */
    CompletableFuture<RunResult> start(RunPlan plan, Object input, long seed) {
        done = driver.start(plan, id, input, seed, event -> {
            sink.record(event);
            progress.record(event);
        });
        return done;
    }

    ProgressTracker progress() {
        return progress;
    }

    StoreTraceSink sink() {
        return sink;
    }

    /** Asks the run to stop; it ends {@code aborted} with the reason. */
    void cancel(String reason) {
        driver.cancel(id, reason);
    }

    private EscalationInbox scriptedHumans() {
        return (EscalationRequest request) -> {
            HumanAnswer answer = agents.answer(request);
            if (answer != null) {
                timers.schedule(() -> driver.answer(id, request.escalation(), answer.decision()),
                        answer.latencyNanos(), TimeUnit.NANOSECONDS);
            }
        };
    }

    private void waitForAnswer(int escalation, long inboxId) {
        err.println("escalation " + inboxId + " waits for an answer: baton inbox answer " + inboxId
                + " approve|reject|abort");
        waiters.execute(() -> {
            try {
                Optional<EscalationRecord> decided = waiter.awaitDecision(inboxId,
                        () -> done == null || !done.isDone());
                if (decided.isPresent() && decided.get().status() == EscalationStatus.ANSWERED
                        && decided.get().decision().isPresent()) {
                    driver.answer(id, escalation, decided.get().decision().get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                err.println("baton: cannot read the answer to escalation " + inboxId + ": " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        timers.shutdownNow();
        waiters.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
