// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.escalation.EscalationStatus;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine's trace events, as the core emits them, land in the store complete and readable. */
class StoreTraceSinkTest {
    @TempDir
    Path dir;
    TraceDatabase db;

    @BeforeEach
    void open() {
        db = TestStores.openIn(dir);
    }

    static Stream<Design> designs() {
        return Stream.of(TestDesigns.researchPipeline(), TestDesigns.supportHandoff(), TestDesigns.adaptivePlanner(),
                TestDesigns.handoffLoop(false), TestDesigns.retryStorm(false), TestDesigns.silentOverwrite(false),
                TestDesigns.lostSubtask(false), TestDesigns.contextRot(false),
                TestDesigns.compoundingHallucination(false));
    }

    private StoreTraceSink replay(Runs run, boolean realTime, InboxListener inbox) {
        StoreTraceSink sink = new StoreTraceSink(db, new RunContext(DesignHash.of(run.plan().design()), 1, T0,
                realTime), inbox, TraceRecorder.DEFAULT_FLUSH_THRESHOLD);
        run.trace().forEach(sink::record);
        return sink;
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyEventOfASampleRunIsStored(Design design) {
        Runs run = Runs.scripted(design);

        StoreTraceSink sink = replay(run, false, InboxListener.NONE);

        assertThat(sink.failure()).isEmpty();
        String id = run.result().run().value();
        try (StoreSession s = db.session()) {
            RunRecord stored = s.runs().find(id).orElseThrow();
            assertThat(stored.outcome()).contains(RunOutcome.valueOf(run.result().outcome().name()));
            assertThat(stored.reason()).isEqualTo(run.result().reason());
            assertThat(stored.totals().tokens()).isEqualTo(run.result().tokens());
            assertThat(stored.totals().costUsd().multiply(BigDecimal.valueOf(1_000_000)).longValueExact())
                    .isEqualTo(run.result().costMicros());
            assertThat(stored.totals().hops()).isEqualTo(run.result().hops());
            assertThat(s.messages().forRun(id)).hasSize(run.events(TraceEvent.MessageSent.class).size()
                    + run.events(TraceEvent.EnvelopeReceived.class).size());
            assertThat(s.storeWrites().forRun(id)).hasSize(run.events(TraceEvent.StoreWritten.class).size());
            assertThat(s.trace(id)).extracting(TraceEntry::seq)
                    .isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
        }
    }

    @Test
    void lostUpdatesAndTheirDiffsAreKept() {
        Runs run = Runs.scripted(TestDesigns.silentOverwrite(false));
        List<TraceEvent.StoreWritten> writes = run.events(TraceEvent.StoreWritten.class);

        replay(run, false, InboxListener.NONE);

        List<StoreWriteRecord> stored = db.withSession(s -> s.storeWrites().forRun(run.result().run().value()));
        assertThat(stored).extracting(StoreWriteRecord::lostUpdate).containsExactlyElementsOf(writes.stream()
                .map(w -> w.result() == dev.baton.engine.core.StoreWriteResult.LOST_UPDATE).toList());
        assertThat(stored).extracting(StoreWriteRecord::lostUpdate).contains(true);
        assertThat(stored).allSatisfy(w -> assertThat(w.afterJson()).isPresent());
    }

    @Test
    void repliesSitOnTheirRequestsSpanAndGoBackToTheSender() {
        Runs run = Runs.scripted(TestDesigns.researchPipeline());
        replay(run, false, InboxListener.NONE);

        List<MessageRecord> messages = db.withSession(s -> s.messages().forRun(run.result().run().value()));
        MessageRecord request = messages.get(0);
        MessageRecord reply = messages.stream()
                .filter(m -> m.envelopeStatus().isPresent() && m.spanId().equals(request.spanId()))
                .findFirst().orElseThrow();
        assertThat(request.parentSpan()).isEmpty();
        assertThat(reply.sender()).isEqualTo(request.receiver());
        assertThat(reply.receiver()).isEqualTo(request.sender());
        assertThat(reply.envelopeJson().orElseThrow()).contains("\"status\"", "\"tokens\"");
        assertThat(request.purpose()).isPresent();
        assertThat(request.wallTime()).isEmpty();
    }

    @Test
    void realTimeEscalationGoesToTheInboxAndItsDefaultIsRecorded() {
        RunId runId = new RunId("rt-1");
        List<Long> opened = new ArrayList<>();
        StoreTraceSink sink = new StoreTraceSink(db, new RunContext(TestStores.HASH, 3, T0, true),
                (escalation, inboxId) -> opened.add(inboxId), 16);

        sink.record(new TraceEvent.RunStarted(runId, 0, 1, 2, "refund", null, List.of(), 60_000_000_000L));
        sink.record(new TraceEvent.EscalationOpened(runId, 1_000_000_000L, 0, NodeId.of("owner"),
                NodeId.of("reviewer"), "Approve the partial refund?", 31_000_000_000L, HumanDecision.REJECT));

        assertThat(opened).hasSize(1);
        assertThat(sink.inboxId(0)).hasValue(opened.get(0));
        EscalationRecord pending = db.withSession(s -> s.escalations().find(opened.get(0))).orElseThrow();
        assertThat(pending.status()).isEqualTo(EscalationStatus.PENDING);
        assertThat(pending.raisedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(pending.deadline()).isEqualTo(T0.plusSeconds(31));

        sink.record(new TraceEvent.EscalationResolved(runId, 31_000_000_000L, 0, HumanDecision.REJECT, true));
        sink.record(new TraceEvent.RunFinished(runId, 31_000_000_000L, Outcome.FAILED, "reviewer rejected (default)",
                null, dev.baton.model.message.TrustLabel.AGENT_UNVERIFIED, false, 0, 0, 0, 0));

        assertThat(sink.failure()).isEmpty();
        EscalationRecord after = db.withSession(s -> s.escalations().find(opened.get(0))).orElseThrow();
        assertThat(after.status()).isEqualTo(EscalationStatus.DEFAULTED);
        assertThat(after.decision()).contains(HumanDecision.REJECT);
        List<DecisionRecord> decisions = db.withSession(s -> s.decisions().forRun("rt-1"));
        assertThat(decisions).extracting(DecisionRecord::kind).containsExactly("escalation", "escalation");
        assertThat(decisions.get(1).reason()).isEqualTo("escalation 0: the deadline passed; default taken");
    }

    @Test
    void anAnswerThatLosesTheRaceWithTheDeadlineIsNamedInTheTrace() {
        RunId runId = new RunId("rt-2");
        StoreTraceSink sink = new StoreTraceSink(db, new RunContext(TestStores.HASH, 3, T0, true),
                InboxListener.NONE, 16);
        sink.record(new TraceEvent.RunStarted(runId, 0, 1, 2, "refund", null, List.of(), 60_000_000_000L));
        sink.record(new TraceEvent.EscalationOpened(runId, 0, 0, NodeId.of("owner"), NodeId.of("reviewer"),
                "Approve?", 10_000_000_000L, HumanDecision.REJECT));
        long id = sink.inboxId(0).orElseThrow();
        db.withSession(s -> s.escalations().answer(id, HumanDecision.APPROVE, Optional.empty(), "dana",
                T0.plusSeconds(9)));

        sink.record(new TraceEvent.EscalationResolved(runId, 10_000_000_000L, 0, HumanDecision.REJECT, true));
        sink.record(new TraceEvent.RunFinished(runId, 10_000_000_000L, Outcome.FAILED, "rejected", null,
                dev.baton.model.message.TrustLabel.AGENT_UNVERIFIED, false, 0, 0, 0, 0));

        List<DecisionRecord> decisions = db.withSession(s -> s.decisions().forRun("rt-2"));
        assertThat(decisions.get(1).reason())
                .contains("default taken; the inbox holds approve by dana, which reached the run too late");
    }

    @Test
    void aStoreFailureStopsRecordingWithoutThrowingIntoTheEngine() {
        Runs run = Runs.scripted(TestDesigns.researchPipeline());
        replay(run, false, InboxListener.NONE);

        StoreTraceSink again = replay(run, false, InboxListener.NONE);

        assertThat(again.failure()).get().extracting(Throwable::getMessage).asString()
                .contains("insert run " + run.result().run().value());
    }
}
