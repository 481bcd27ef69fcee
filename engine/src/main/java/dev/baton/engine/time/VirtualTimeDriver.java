// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

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
import dev.baton.model.script.ReplyKind;
import java.util.ArrayList;

/**
 * Runs a {@link TaskRun} in virtual time on the caller's thread: answers are scheduled at their latency, timers
 * at their deadline, and the event queue is drained in (time, priority, sequence) order until the run ends. No
 * clock is read, so a run's trace depends only on the plan, the input, the seed and the {@link Behaviour}.
 *
 * <p>Priorities (lower runs first): cancel 0, answers and human decisions 1, timers 2, so an answer that arrives
 * exactly at a deadline counts. Reuse one driver per thread for many runs: its queue is kept. Not threadsafe.
 */
public final class VirtualTimeDriver {
    /** Priority of a cancel event. */
    public static final int PRIORITY_CANCEL = 0;
    /** Priority of answers from nodes and humans. */
    public static final int PRIORITY_ANSWER = 1;
    /** Priority of timers (call timeouts, backoff, breaker, escalation and run deadlines). */
    public static final int PRIORITY_TIMER = 2;

    private final EventQueue<RunEvent> queue;
    private final ArrayList<EventQueue.Scheduled<RunEvent>> timers = new ArrayList<>();
    /** Timer events by id, kept across runs: ids restart at 0 in every run, so they are reused, not reallocated. */
    private final ArrayList<RunEvent.TimerFired> timerEvents = new ArrayList<>();
    private final Commands commands = new Commands();
    private Behaviour behaviour;
    private long now;
    private int events;
    private RunResult result;

    public VirtualTimeDriver() {
        this(new HeapEventQueue<>());
    }

    public VirtualTimeDriver(EventQueue<RunEvent> queue) {
        this.queue = queue;
    }

    /** Runs one task to its end and returns how it ended. */
    public RunResult run(RunPlan plan, RunId id, Object input, long seed, Behaviour nodes, TraceSink trace) {
        queue.clear();
        behaviour = nodes;
        now = 0;
        events = 0;
        result = null;
        TaskRun run = new TaskRun(plan, id, input, seed, trace, commands);
        run.start(0);
        while (!run.finished()) {
            EventQueue.Scheduled<RunEvent> next = queue.poll();
            if (next == null) {
                throw new IllegalStateException("run " + id + " is stuck at " + now + "ns: no event is pending");
            }
            now = next.time();
            events++;
            run.handle(now, next.payload());
        }
        behaviour = null;
        return result;
    }

    /** Events handled by the last run. */
    public int lastEventCount() {
        return events;
    }

    private final class Commands implements CommandSink {
        @Override
        public void invoke(AgentCall call) {
            AgentReply reply = behaviour.respond(call);
            if (reply == null || reply.kind() == ReplyKind.HANG) {
                return;
            }
            queue.schedule(now + reply.latencyNanos(), PRIORITY_ANSWER, RunEvent.Reply.of(call.callId(), reply));
        }

        @Override
        public void startTimer(int timerId, long at) {
            while (timerEvents.size() <= timerId) {
                timerEvents.add(new RunEvent.TimerFired(timerEvents.size()));
                timers.add(null);
            }
            EventQueue.Scheduled<RunEvent> e = queue.schedule(at, PRIORITY_TIMER, timerEvents.get(timerId));
            timers.set(timerId, e);
        }

        @Override
        public void cancelTimer(int timerId) {
            timers.get(timerId).cancel();
        }

        @Override
        public void escalate(EscalationRequest request) {
            HumanAnswer answer = behaviour.answer(request);
            if (answer != null) {
                queue.schedule(now + answer.latencyNanos(), PRIORITY_ANSWER,
                        new RunEvent.EscalationAnswered(request.escalation(), answer.decision()));
            }
        }

        @Override
        public void finished(RunResult r) {
            result = r;
        }
    }
}
