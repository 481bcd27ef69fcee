// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.driver;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.CommandSink;
import dev.baton.engine.core.EscalationRequest;
import dev.baton.engine.core.RunEvent;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.TaskRun;
import dev.baton.engine.core.TraceSink;
import dev.baton.model.Require;
import dev.baton.model.UsesRealTime;
import dev.baton.model.spec.HumanDecision;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs designs for real: agents are invoked concurrently through an {@link AgentAdapter}, timers (call
 * deadlines, backoff, breakers, escalation and run deadlines) run on a {@link ScheduledExecutorService}, and
 * each run's {@link TaskRun} is fed one event at a time from a mailbox, on whichever thread delivered the event.
 * Many runs can be in flight at once; a run holds no thread while it waits.
 *
 * <p>This class is threadsafe. A {@link TraceSink} passed to it must be threadsafe if several runs share it.
 */
@UsesRealTime("the real-time driver measures elapsed time so that deadlines are met in wall-clock time")
public final class RealTimeDriver {
    private final AgentAdapter adapter;
    private final ScheduledExecutorService timers;
    private final EscalationInbox inbox;
    private final Executor dispatch;
    private final LongSupplier ticker;
    private final Map<RunId, ActiveRun> active = new ConcurrentHashMap<>();

    /**
     * @param dispatch where adapters are invoked; {@code Runnable::run} invokes them on the run's thread (fine for
     *     adapters that return at once), a pool invokes them in parallel
     * @param ticker monotonic nanoseconds; {@code System::nanoTime} in production, a fake in tests
     */
    public RealTimeDriver(AgentAdapter adapter, ScheduledExecutorService timers, EscalationInbox inbox,
            Executor dispatch, LongSupplier ticker) {
        this.adapter = Require.nonNull("adapter", adapter);
        this.timers = Require.nonNull("timers", timers);
        this.inbox = Require.nonNull("inbox", inbox);
        this.dispatch = Require.nonNull("dispatch", dispatch);
        this.ticker = Require.nonNull("ticker", ticker);
    }

    /** A driver on the system's monotonic clock that invokes adapters on the run's thread. */
    public RealTimeDriver(AgentAdapter adapter, ScheduledExecutorService timers, EscalationInbox inbox) {
        this(adapter, timers, inbox, Runnable::run, System::nanoTime);
    }

    /** Starts a run; the future completes with its result when it ends. */
    public CompletableFuture<RunResult> start(RunPlan plan, RunId id, Object input, long seed, TraceSink trace) {
        ActiveRun run = new ActiveRun(id, ticker.getAsLong());
        if (active.putIfAbsent(id, run) != null) {
            throw new IllegalArgumentException("run " + id + " is already in flight");
        }
        run.task = new TaskRun(plan, id, input, seed, trace, run);
        run.begin();
        return run.done;
    }

    /** A human's answer to an escalation; false when the run is no longer in flight. */
    public boolean answer(RunId id, int escalation, HumanDecision decision) {
        ActiveRun run = active.get(id);
        if (run == null) {
            return false;
        }
        run.post(new RunEvent.EscalationAnswered(escalation, decision));
        return true;
    }

    /** Cancels a run (it ends {@code aborted}); false when it is no longer in flight. */
    public boolean cancel(RunId id, String reason) {
        ActiveRun run = active.get(id);
        if (run == null) {
            return false;
        }
        run.post(new RunEvent.Cancel(reason));
        return true;
    }

    /** Runs in flight now. */
    public int inFlight() {
        return active.size();
    }

    /** One run: a mailbox drained by one thread at a time, and the commands of its {@link TaskRun}. */
    private final class ActiveRun implements CommandSink {
        final RunId id;
        final long origin;
        final ConcurrentLinkedQueue<RunEvent> mailbox = new ConcurrentLinkedQueue<>();
        final AtomicInteger pending = new AtomicInteger();
        final ArrayList<ScheduledFuture<?>> scheduled = new ArrayList<>();
        final CompletableFuture<RunResult> done = new CompletableFuture<>();
        TaskRun task;

        ActiveRun(RunId id, long origin) {
            this.id = id;
            this.origin = origin;
        }

        long now() {
            return ticker.getAsLong() - origin;
        }

        void begin() {
            // Claim the mailbox before starting, so that answers completing during start are queued, not nested.
            pending.incrementAndGet();
            try {
                task.start(0);
            } catch (RuntimeException | Error e) {
                fail(e);
            }
            while (pending.decrementAndGet() != 0) {
                handle(mailbox.poll());
            }
        }

        void post(RunEvent event) {
            mailbox.offer(event);
            if (pending.getAndIncrement() != 0) {
                return;
            }
            do {
                handle(mailbox.poll());
            } while (pending.decrementAndGet() != 0);
        }

        private void handle(RunEvent event) {
            if (task.finished()) {
                return;
            }
            try {
                task.handle(now(), event);
            } catch (RuntimeException | Error e) {
                fail(e);
            }
        }

        private void fail(Throwable e) {
            active.remove(id, this);
            done.completeExceptionally(e);
        }

        @Override
        public void invoke(AgentCall call) {
            dispatch.execute(() -> {
                CompletableFuture<AgentReply> answer;
                try {
                    answer = adapter.invoke(call);
                } catch (RuntimeException e) {
                    answer = CompletableFuture.failedFuture(e);
                }
                answer.whenComplete((reply, error) -> post(new RunEvent.Reply(call.callId(), error == null ? reply : null,
                        error == null && reply == null ? new IllegalStateException("adapter answered null") : error)));
            });
        }

        @Override
        public void startTimer(int timerId, long at) {
            ScheduledFuture<?> f = timers.schedule(() -> post(new RunEvent.TimerFired(timerId)),
                    Math.max(0, at - now()), TimeUnit.NANOSECONDS);
            while (scheduled.size() <= timerId) {
                scheduled.add(null);
            }
            scheduled.set(timerId, f);
        }

        @Override
        public void cancelTimer(int timerId) {
            ScheduledFuture<?> f = scheduled.get(timerId);
            if (f != null) {
                f.cancel(false);
                scheduled.set(timerId, null);
            }
        }

        @Override
        public void escalate(EscalationRequest request) {
            inbox.open(request);
        }

        @Override
        public void finished(RunResult result) {
            active.remove(id, this);
            done.complete(result);
        }
    }
}
