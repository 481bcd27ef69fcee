// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.CommandSink;
import dev.baton.engine.core.EscalationRequest;
import dev.baton.engine.core.RunEvent;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunMemory;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.TaskRun;
import dev.baton.engine.core.TraceSink;
import dev.baton.model.script.ReplyKind;

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

    // Event kinds in the queue.
    private static final int ANSWER = 0;
    private static final int TIMER = 1;
    private static final int HUMAN = 2;

    private final EventQueue queue = new EventQueue(TIMER);
    private final Commands commands = new Commands();
    /** Lent to each run in turn: the driver runs one task at a time. */
    private final RunMemory memory = new RunMemory();
    private Behaviour behaviour;
    private long now;
    private int events;
    private RunResult result;

    /** Runs one task to its end and returns how it ended. */
    public RunResult run(RunPlan plan, RunId id, Object input, long seed, Behaviour nodes, TraceSink trace) {
        queue.clear();
        behaviour = nodes;
        now = 0;
        events = 0;
        result = null;
        TaskRun run = new TaskRun(plan, id, input, seed, trace, commands, memory);
        run.start(0);
        while (!run.finished()) {
            if (!queue.poll()) {
                throw new IllegalStateException("run " + id + " is stuck at " + now + "ns: no event is pending");
            }
            now = queue.time();
            events++;
            int kind = queue.kind();
            if (kind == ANSWER) {
                run.reply(now, queue.id(), (AgentReply) queue.payload());
            } else if (kind == TIMER) {
                run.timerFired(now, queue.id());
            } else if (kind == HUMAN) {
                run.handle(now, (RunEvent) queue.payload());
            } else {
                throw new AssertionError("unhandled event kind " + kind);
            }
        }
        queue.clear();
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
            queue.schedule(now + reply.latencyNanos(), PRIORITY_ANSWER, ANSWER, call.callId(), reply);
        }

        @Override
        public void startTimer(int timerId, long at) {
            queue.schedule(at, PRIORITY_TIMER, TIMER, timerId, null);
        }

        @Override
        public void cancelTimer(int timerId) {
            queue.cancelTimer(timerId);
        }

        @Override
        public void escalate(EscalationRequest request) {
            HumanAnswer answer = behaviour.answer(request);
            if (answer != null) {
                queue.schedule(now + answer.latencyNanos(), PRIORITY_ANSWER, HUMAN, request.escalation(),
                        new RunEvent.EscalationAnswered(request.escalation(), answer.decision()));
            }
        }

        @Override
        public void finished(RunResult r) {
            result = r;
        }
    }
}
