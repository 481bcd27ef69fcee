// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import java.util.Set;

/** Output waiting for its validators before it travels on: a subtask's envelope, a handoff, or the final result. */
final class Gate {
    enum Kind { SETTLE, HANDOFF, FINAL }

    final Kind kind;
    final Subtask subtask;
    final NodePlan producer;
    final Call producerCall;
    final Object result;
    final double confidence;
    final EnvelopeStatus status;
    final int[] validators;
    int position;
    /** The attempt of the current validator's call: 1, then 2 after a retry of a call that gave no verdict. */
    int attempt = 1;
    boolean passedAny;
    /** For handoffs. */
    NodeId target;
    Set<String> restated;
    /** For the final result: whether it is partial, and the reason the run ends with. */
    boolean partial;
    String reason;

    Gate(Kind kind, Subtask subtask, NodePlan producer, Call producerCall, Object result, double confidence,
            EnvelopeStatus status, int[] validators) {
        this.kind = kind;
        this.subtask = subtask;
        this.producer = producer;
        this.producerCall = producerCall;
        this.result = result;
        this.confidence = confidence;
        this.status = status;
        this.validators = validators;
    }
}
