// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.EscalationRequest;

/**
 * What nodes do in virtual time: scripted agents implement it with the design's scripts, the simulator with
 * behaviour sampled from seeded streams. Called synchronously on the driver's thread; the answer's
 * {@link AgentReply#latencyNanos()} says when it arrives.
 */
public interface Behaviour {
    /** The answer to a call, or null when the node never answers (a hang). */
    AgentReply respond(AgentCall call);

    /** A human's answer to an escalation, or null when nobody answers (the default decision applies). */
    default HumanAnswer answer(EscalationRequest request) {
        return null;
    }
}
