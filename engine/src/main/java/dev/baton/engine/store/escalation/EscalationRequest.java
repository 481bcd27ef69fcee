// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.time.Instant;
import java.util.Objects;

/**
 * A new escalation a run raises to a human node.
 *
 * @param question what the person is asked, readable on its own
 * @param deadline when the default decision is taken if nobody answered
 */
public record EscalationRequest(String runId, NodeId humanNode, String question, Instant raisedAt,
        Instant deadline, HumanDecision defaultDecision) {

    public EscalationRequest {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("escalation runId must not be blank");
        }
        Objects.requireNonNull(humanNode, "escalation humanNode must not be null");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("escalation question must not be blank");
        }
        Objects.requireNonNull(raisedAt, "escalation raisedAt must not be null");
        Objects.requireNonNull(deadline, "escalation deadline must not be null");
        if (!deadline.isAfter(raisedAt)) {
            throw new IllegalArgumentException("escalation deadline must be after raisedAt " + raisedAt
                    + ", but was " + deadline);
        }
        Objects.requireNonNull(defaultDecision, "escalation defaultDecision must not be null");
    }
}
