// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalationWaiterTest {
    @TempDir
    Path dir;
    TraceDatabase db;
    long id;
    final ManualClock clock = new ManualClock(T0);
    final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void raise() {
        db = TestStores.openIn(dir);
        id = db.withSession(s -> {
            s.runs().insert(TestStores.startedRun("r1", T0));
            return s.escalations().raise(new EscalationRequest("r1", NodeId.of("reviewer"), "Approve?", T0,
                    T0.plusSeconds(10), HumanDecision.ABORT));
        });
    }

    @Test
    void answerGivenWhileWaitingReachesTheWaiter() throws InterruptedException {
        EscalationWaiter waiter = new EscalationWaiter(db, clock, pause -> {
            pauses.add(pause);
            clock.advance(pause);
            if (pauses.size() == 3) {
                // Another process answers while the run sleeps.
                db.withSession(s -> s.escalations().answer(id, HumanDecision.APPROVE, Optional.empty(), "dana",
                        clock.instant()));
            }
        }, Duration.ofSeconds(2));

        EscalationRecord result = waiter.await(id);

        assertThat(result.status()).isEqualTo(EscalationStatus.ANSWERED);
        assertThat(result.decision()).contains(HumanDecision.APPROVE);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void deadlinePassingTakesTheDefaultWithoutOversleeping() throws InterruptedException {
        EscalationWaiter waiter = new EscalationWaiter(db, clock, pause -> {
            pauses.add(pause);
            clock.advance(pause);
        }, Duration.ofSeconds(4));

        EscalationRecord result = waiter.await(id);

        assertThat(result.status()).isEqualTo(EscalationStatus.DEFAULTED);
        assertThat(result.decision()).contains(HumanDecision.ABORT);
        assertThat(result.answeredAt()).contains(T0.plusSeconds(10));
        assertThat(pauses).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2));
    }

    @Test
    void awaitingADecisionNeverTakesTheDefaultAndStopsWhenTheRunEnds() throws InterruptedException {
        EscalationWaiter waiter = new EscalationWaiter(db, clock, pause -> {
            pauses.add(pause);
            clock.advance(Duration.ofMinutes(1));
        }, Duration.ofSeconds(1));

        Optional<EscalationRecord> result = waiter.awaitDecision(id, () -> pauses.size() < 3);

        assertThat(result).isEmpty();
        assertThat(pauses).hasSize(3);
        assertThat(db.withSession(s -> s.escalations().find(id)).orElseThrow().status())
                .isEqualTo(EscalationStatus.PENDING);
    }

    @Test
    void awaitingADecisionReturnsTheAnswer() throws InterruptedException {
        EscalationWaiter waiter = new EscalationWaiter(db, clock, pause -> {
            pauses.add(pause);
            db.withSession(s -> s.escalations().answer(id, HumanDecision.REJECT, Optional.empty(), "eve",
                    clock.instant()));
        }, Duration.ofSeconds(1));

        Optional<EscalationRecord> result = waiter.awaitDecision(id, () -> true);

        assertThat(result).get().extracting(EscalationRecord::answeredBy).isEqualTo(Optional.of("eve"));
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("fixed to UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
