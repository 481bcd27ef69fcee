// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * The commands a {@link TaskRun} emits; a driver carries them out and feeds the results back as events. The run
 * calls these methods synchronously from inside {@link TaskRun#start} and {@link TaskRun#handle}; a driver must
 * not call back into the run from them (queue the resulting event instead).
 */
public interface CommandSink {
    /** Invoke a node (agent, orchestrator, planner, validator or tool); answer with {@link RunEvent.Reply}. */
    void invoke(AgentCall call);

    /** Fire {@link RunEvent.TimerFired} with {@code timerId} at run time {@code at} (nanoseconds). */
    void startTimer(int timerId, long at);

    /** The timer is no longer needed; a driver may drop it (the run ignores it if it fires anyway). */
    void cancelTimer(int timerId);

    /** Put an escalation in front of a human; answer with {@link RunEvent.EscalationAnswered}. */
    void escalate(EscalationRequest request);

    /** The run has ended; no further command follows. */
    void finished(RunResult result);
}
