// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.escalation.EscalationRequest;
import dev.baton.engine.store.escalation.EscalationStatus;
import dev.baton.engine.store.trace.TraceRecorder;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxCommandTest {
    @TempDir
    Path dir;
    TraceDatabase database;
    String db;
    long id;

    @BeforeEach
    void raise() {
        database = TestStores.openIn(dir);
        db = database.location().base().toString();
        TraceRecorder recorder = TraceRecorder.start(database, TestStores.startedRun("run-1", T0), 10);
        id = recorder.escalate(new EscalationRequest("run-1", NodeId.of("reviewer"), "Approve refund of $900?", T0,
                T0.plusSeconds(300), HumanDecision.REJECT));
    }

    private static Clock at(long secondsAfterT0) {
        return Clock.fixed(T0.plusSeconds(secondsAfterT0), ZoneOffset.UTC);
    }

    private EscalationRecord stored() {
        return database.withSession(s -> s.escalations().find(id)).orElseThrow();
    }

    @Test
    void listsPendingEscalationsWithTimeLeft() {
        Cli.Result r = Cli.run(new InboxCommand(at(50)), "--db", db);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ID", "DEADLINE", "QUESTION")
                .contains(id + "   run-1  reviewer  in 4m 10s  reject   Approve refund of $900?");
    }

    @Test
    void answerReachesTheStoreWithNoteAndAuthor() {
        Cli.Result r = Cli.run(new InboxCommand(at(10)), "answer", String.valueOf(id), "approve", "--note",
                "finance ok", "--by", "dana", "--db", db);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Escalation " + id + " answered: approve");
        EscalationRecord e = stored();
        assertThat(e.status()).isEqualTo(EscalationStatus.ANSWERED);
        assertThat(e.decision()).contains(HumanDecision.APPROVE);
        assertThat(e.note()).contains("finance ok");
        assertThat(e.answeredBy()).contains("dana");
        assertThat(Cli.run(new InboxCommand(at(11)), "--db", db).out()).startsWith("Inbox empty");
    }

    @Test
    void lateOrSecondAnswerIsRefusedWithExitCodeOne() {
        Cli.Result late = Cli.run(new InboxCommand(at(301)), "--db", db, "answer", String.valueOf(id), "approve");
        assertThat(late.exitCode()).isEqualTo(ExitCodes.NOT_OK);
        assertThat(late.err()).contains("passed its deadline");

        Cli.run(new InboxCommand(at(10)), "--db", db, "answer", String.valueOf(id), "abort");
        Cli.Result second = Cli.run(new InboxCommand(at(20)), "--db", db, "answer", String.valueOf(id), "approve");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.NOT_OK);
        assertThat(second.err()).contains("already answered (abort)");
    }

    @Test
    void unknownDecisionOrEscalationIsAUsageError() {
        Cli.Result badWord = Cli.run(new InboxCommand(at(10)), "--db", db, "answer", String.valueOf(id), "maybe");
        Cli.Result unknown = Cli.run(new InboxCommand(at(10)), "--db", db, "answer", "999", "approve");

        assertThat(badWord.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badWord.err()).contains("unknown human decision \"maybe\"");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no escalation 999");
        assertThat(stored().pending()).isTrue();
    }
}
