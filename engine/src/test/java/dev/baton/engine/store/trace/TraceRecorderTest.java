// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.escalation.EscalationRequest;
import dev.baton.engine.store.escalation.EscalationStatus;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.run.RunTotals;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.spec.HumanDecision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceRecorderTest {
    @TempDir
    Path dir;
    TraceDatabase db;

    @BeforeEach
    void open() {
        db = TestStores.openIn(dir);
    }

    private List<TraceEntry> trace() {
        return db.withSession(s -> s.trace("r1"));
    }

    private List<EscalationRecord> pending() {
        return db.withSession(s -> s.escalations().pending());
    }

    @Test
    void traceReadsBackInSeqOrderAcrossAllKinds() {
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", T0), 100);
        List<TraceEntry> written = List.of(
                TestStores.request("r1", 0, 1, "owner", "billing-agent"),
                TestStores.lostUpdate("r1", 1),
                TestStores.reply("r1", 2, 2, "billing-agent", "owner", EnvelopeStatus.PARTIAL),
                TestStores.decision("r1", 3, "checker", "validator", "reject"));
        written.forEach(recorder::record);
        recorder.finish(T0.plusSeconds(2), RunOutcome.PARTIAL, "accepted partial", RunTotals.ZERO);

        assertThat(trace()).containsExactlyElementsOf(written);
    }

    @Test
    void entriesStayBufferedUntilTheThresholdIsReached() {
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", T0), 3);
        recorder.record(TestStores.request("r1", 0, 1, "a", "b"));
        recorder.record(TestStores.request("r1", 1, 2, "b", "c"));
        assertThat(trace()).isEmpty();

        recorder.record(TestStores.request("r1", 2, 3, "c", "d"));

        assertThat(trace()).extracting(TraceEntry::seq).containsExactly(0, 1, 2);
    }

    @Test
    void flushWritesTotalsOfTheRunInProgress() {
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", T0), 100);
        RunTotals totals = new RunTotals(900, new BigDecimal("0.004500"), 2, 3);
        recorder.totals(totals);

        recorder.flush();

        RunRecord run = db.withSession(s -> s.runs().find("r1")).orElseThrow();
        assertThat(run.totals()).isEqualTo(totals);
        assertThat(run.ended()).isFalse();
    }

    @Test
    void escalatingFlushesTheTraceThatLedToIt() {
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", T0), 100);
        recorder.record(TestStores.decision("r1", 0, "checker", "validator", "escalate"));

        long id = recorder.escalate(new EscalationRequest("r1", NodeId.of("reviewer"), "Approve refund of $900?",
                T0, T0.plusSeconds(60), HumanDecision.REJECT));

        assertThat(trace()).hasSize(1);
        assertThat(pending()).extracting(EscalationRecord::id).containsExactly(id);
    }

    @Test
    void finishCancelsEscalationsNobodyAnsweredAndClosesTheTrace() {
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", T0), 100);
        long id = recorder.escalate(new EscalationRequest("r1", NodeId.of("reviewer"), "Approve?", T0,
                T0.plusSeconds(60), HumanDecision.REJECT));

        recorder.finish(T0.plusSeconds(1), RunOutcome.ABORTED, "run deadline 1s passed", RunTotals.ZERO);

        assertThat(db.withSession(s -> s.escalations().find(id)).orElseThrow().status())
                .isEqualTo(EscalationStatus.CANCELLED);
        assertThatThrownBy(() -> recorder.record(TestStores.request("r1", 5, 1, "a", "b")))
                .isInstanceOf(StoreException.class).hasMessageContaining("has finished");
    }

    @Test
    void seqMustIncreaseAndBelongToTheRun() {
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", T0), 100);
        recorder.record(TestStores.request("r1", 4, 1, "a", "b"));

        assertThat(recorder.nextSeq()).isEqualTo(5);
        assertThatThrownBy(() -> recorder.record(TestStores.request("r1", 4, 1, "a", "b")))
                .hasMessageContaining("seq must be > 4, but was 4");
        assertThatThrownBy(() -> recorder.record(TestStores.request("other", 9, 1, "a", "b")))
                .hasMessageContaining("belongs to run other");
    }
}
