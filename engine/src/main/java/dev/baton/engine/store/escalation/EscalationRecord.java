// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An escalation as stored. {@code answer}, {@code answeredBy} and {@code answeredAt} are present exactly when
 * the status is {@code answered} or {@code defaulted} (then the answer is the default, by "deadline").
 *
 * @param id the inbox number a person types to answer it
 */
public record EscalationRecord(long id, String runId, NodeId humanNode, String question, Instant raisedAt,
        Instant deadline, HumanDecision defaultDecision, EscalationStatus status, Optional<HumanDecision> answer,
        Optional<String> note, Optional<String> answeredBy, Optional<Instant> answeredAt) {

    /** Who {@code answeredBy} names when the deadline decided. */
    public static final String BY_DEADLINE = "deadline";

    public EscalationRecord {
        Objects.requireNonNull(runId, "escalation runId must not be null");
        Objects.requireNonNull(humanNode, "escalation humanNode must not be null");
        Objects.requireNonNull(question, "escalation question must not be null");
        Objects.requireNonNull(raisedAt, "escalation raisedAt must not be null");
        Objects.requireNonNull(deadline, "escalation deadline must not be null");
        Objects.requireNonNull(defaultDecision, "escalation defaultDecision must not be null");
        Objects.requireNonNull(status, "escalation status must not be null");
        Objects.requireNonNull(answer, "escalation answer must not be null");
        Objects.requireNonNull(note, "escalation note must not be null");
        Objects.requireNonNull(answeredBy, "escalation answeredBy must not be null");
        Objects.requireNonNull(answeredAt, "escalation answeredAt must not be null");
        boolean decided = status == EscalationStatus.ANSWERED || status == EscalationStatus.DEFAULTED;
        if (answer.isPresent() != decided || answeredAt.isPresent() != decided) {
            throw new IllegalArgumentException("escalation " + id + " is " + status.label()
                    + ", so it must " + (decided ? "" : "not ") + "have an answer and an answer time");
        }
    }

    /** The decision that stands, once the escalation is answered or defaulted. */
    public Optional<HumanDecision> decision() {
        return answer;
    }

    public boolean pending() {
        return status == EscalationStatus.PENDING;
    }
}
