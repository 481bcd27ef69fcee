// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.message.Constraint;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic state machine of one task run. It consumes events ({@link #start}, {@link #handle}) and emits
 * commands to a {@link CommandSink}; it has no threads, clocks, I/O or randomness, so the same plan, input and
 * sequence of events give the same commands and the same trace, event for event.
 *
 * <p>It implements the runtime guarantees of PRODUCT.md section 2 for the three patterns: orchestrator-worker
 * (the entry is an orchestrator), adaptive planning (a planner) and dynamic handoff (an agent, with an optional
 * owner). The semantics are written down in {@code docs/runtime.md}.
 *
 * <p>Not threadsafe: a driver feeds one event at a time.
 */
public final class TaskRun {
    private final RunPlan plan;
    private final RunId id;
    private final Object input;
    private final long traceHigh;
    private final long traceLow;
    private final TraceSink trace;
    private final CommandSink out;
    final RunState s;

    public TaskRun(RunPlan plan, RunId id, Object input, long seed, TraceSink trace, CommandSink out) {
        this(plan, id, input, seed, trace, out, new RunMemory());
    }

    /**
     * A run that borrows {@code memory} for its bookkeeping (see {@link RunMemory}): a driver that runs one task
     * after another on a thread passes the same memory to each; the previous run then refuses further events.
     */
    public TaskRun(RunPlan plan, RunId id, Object input, long seed, TraceSink trace, CommandSink out,
            RunMemory memory) {
        this.plan = plan;
        this.id = id;
        this.input = input;
        this.traceHigh = mix(seed);
        this.traceLow = mix(seed + 0x9E3779B97F4A7C15L);
        this.trace = trace;
        this.out = out;
        this.s = new RunState(plan, id, input, trace, out, memory);
    }

    public RunId id() {
        return id;
    }

    public RunPlan plan() {
        return plan;
    }

    /** Task intake at run time {@code now} (nanoseconds; a run normally starts at 0). */
    public void start(long now) {
        checkMemory();
        s.now = now;
        s.startTime = now;
        long deadline = now + plan.runTimeoutNanos;
        if (s.tracing) {
            trace.record(new TraceEvent.RunStarted(id, now, traceHigh, traceLow, plan.design.name(), input,
                    plan.constraints, deadline));
        }
        s.startTimer(Timer.Kind.RUN_DEADLINE, null, deadline);
        s.intake();
    }

    /** Feeds one event that happened at run time {@code now}. Events after the end are ignored. */
    public void handle(long now, RunEvent event) {
        if (s.finished) {
            return;
        }
        checkMemory();
        s.now = now;
        if (event instanceof RunEvent.Reply) {
            RunEvent.Reply r = (RunEvent.Reply) event;
            s.envelopes.onReply(r.callId(), r.reply() != null ? r.reply()
                    : AgentReply.of(ReplyKind.CRASH, "adapter failed: " + r.error(), 0, 0, 0));
        } else if (event instanceof RunEvent.TimerFired) {
            s.onTimer(((RunEvent.TimerFired) event).timerId());
        } else if (event instanceof RunEvent.EscalationAnswered) {
            RunEvent.EscalationAnswered a = (RunEvent.EscalationAnswered) event;
            s.onEscalationAnswered(a.escalation(), a.decision(), false);
        } else if (event instanceof RunEvent.Cancel) {
            s.stopCause = StopCause.CANCELLED;
            s.finish(Outcome.ABORTED, "cancelled: " + ((RunEvent.Cancel) event).reason(), null,
                    TrustLabel.AGENT_UNVERIFIED, false, false);
        } else {
            throw new AssertionError("unhandled " + event);
        }
    }

    /**
     * The answer to call {@code callId} arrived at {@code now}: the same as {@code handle(now,
     * RunEvent.Reply.of(callId, reply))} without the event object, for the virtual-time driver's inner loop.
     */
    public void reply(long now, int callId, AgentReply reply) {
        if (s.finished) {
            return;
        }
        checkMemory();
        s.now = now;
        s.envelopes.onReply(callId, java.util.Objects.requireNonNull(reply, "reply"));
    }

    /** Timer {@code timerId} fired at {@code now}: the same as {@code handle(now, new RunEvent.TimerFired(timerId))}. */
    public void timerFired(long now, int timerId) {
        if (s.finished) {
            return;
        }
        checkMemory();
        s.now = now;
        s.onTimer(timerId);
    }

    private void checkMemory() {
        if (!s.memory.ownedBy(s)) {
            throw new IllegalStateException("run " + id + " cannot go on: its RunMemory was lent to a later run");
        }
    }

    public boolean finished() {
        return s.finished;
    }

    /** How the run ended; null until it has. */
    public RunResult result() {
        return s.result;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }

    static List<Constraint> concat(List<Constraint> a, List<Constraint> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<Constraint> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
