// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TestStores;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalationRepositoryTest {
    static final java.time.Instant DEADLINE = T0.plusSeconds(60);

    @TempDir
    Path dir;
    StoreSession session;
    EscalationRepository escalations;
    long id;

    @BeforeEach
    void raise() {
        session = TestStores.openIn(dir).session();
        session.runs().insert(TestStores.startedRun("r1", T0));
        escalations = session.escalations();
        id = escalations.raise(new EscalationRequest("r1", NodeId.of("reviewer"), "Approve refund?", T0, DEADLINE,
                HumanDecision.REJECT));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void raisedEscalationIsPending() {
        EscalationRecord e = escalations.find(id).orElseThrow();
        assertThat(e.status()).isEqualTo(EscalationStatus.PENDING);
        assertThat(e.question()).isEqualTo("Approve refund?");
        assertThat(e.deadline()).isEqualTo(DEADLINE);
        assertThat(e.decision()).isEmpty();
        assertThat(escalations.pending()).containsExactly(e);
    }

    @Test
    void answerBeforeTheDeadlineStands() {
        AnswerResult result = escalations.answer(id, HumanDecision.APPROVE, Optional.of("ok by finance"), "dana",
                T0.plusSeconds(5));

        assertThat(result.accepted()).isTrue();
        assertThat(result.escalation().status()).isEqualTo(EscalationStatus.ANSWERED);
        assertThat(result.escalation().decision()).contains(HumanDecision.APPROVE);
        assertThat(result.escalation().note()).contains("ok by finance");
        assertThat(result.escalation().answeredBy()).contains("dana");
        assertThat(escalations.pending()).isEmpty();
    }

    @Test
    void secondAnswerIsRefusedAndTheFirstStands() {
        escalations.answer(id, HumanDecision.APPROVE, Optional.empty(), "dana", T0.plusSeconds(5));

        AnswerResult second = escalations.answer(id, HumanDecision.ABORT, Optional.empty(), "eve", T0.plusSeconds(6));

        assertThat(second.accepted()).isFalse();
        assertThat(second.refusal()).isEqualTo("escalation " + id + " is already answered (approve)");
        assertThat(second.escalation().answeredBy()).contains("dana");
    }

    @Test
    void answerAfterTheDeadlineIsRefused() {
        AnswerResult late = escalations.answer(id, HumanDecision.APPROVE, Optional.empty(), "dana",
                DEADLINE.plusSeconds(1));

        assertThat(late.accepted()).isFalse();
        assertThat(late.refusal()).contains("passed its deadline").contains("takes the default (reject)");
    }

    @Test
    void defaultIsTakenOnlyOnceTheDeadlinePassed() {
        assertThat(escalations.takeDefault(id, DEADLINE.minusSeconds(1)).status())
                .isEqualTo(EscalationStatus.PENDING);

        EscalationRecord defaulted = escalations.takeDefault(id, DEADLINE);

        assertThat(defaulted.status()).isEqualTo(EscalationStatus.DEFAULTED);
        assertThat(defaulted.decision()).contains(HumanDecision.REJECT);
        assertThat(defaulted.answeredBy()).contains(EscalationRecord.BY_DEADLINE);
    }

    @Test
    void defaultDoesNotOverrideAnAnswer() {
        escalations.answer(id, HumanDecision.APPROVE, Optional.empty(), "dana", T0.plusSeconds(5));

        EscalationRecord after = escalations.takeDefault(id, DEADLINE.plusSeconds(1));

        assertThat(after.status()).isEqualTo(EscalationStatus.ANSWERED);
        assertThat(after.decision()).contains(HumanDecision.APPROVE);
    }

    @Test
    void answeringAnUnknownEscalationSaysSo() {
        assertThatThrownBy(() -> escalations.answer(999, HumanDecision.APPROVE, Optional.empty(), "dana", T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("no escalation 999");
    }
}
