// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.Require;
import dev.baton.model.spec.HumanDecision;

/**
 * What a driver feeds into a {@link TaskRun}. Time is not part of the event: the driver passes it to
 * {@link TaskRun#handle} as a value (virtual or real nanoseconds since the run started).
 */
public sealed interface RunEvent {
    /** The answer to {@link CommandSink#invoke}; {@code error} is set when the adapter failed (counts as crash). */
    record Reply(int callId, AgentReply reply, Throwable error) implements RunEvent {
        public Reply {
            if ((reply == null) == (error == null)) {
                throw new IllegalArgumentException("a reply event carries either a reply or an error, not "
                        + (reply == null ? "neither" : "both"));
            }
        }

        public static Reply of(int callId, AgentReply reply) {
            return new Reply(callId, reply, null);
        }
    }

    /** A timer started with {@link CommandSink#startTimer} fired. */
    record TimerFired(int timerId) implements RunEvent {}

    /** A human answered an escalation. */
    record EscalationAnswered(int escalation, HumanDecision decision) implements RunEvent {
        public EscalationAnswered {
            Require.nonNull("decision", decision);
        }
    }

    /** The run is cancelled from outside (a user, a shutdown). */
    record Cancel(String reason) implements RunEvent {
        public Cancel {
            Require.nonNull("cancel reason", reason);
        }
    }
}
