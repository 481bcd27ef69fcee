// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRequest;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunTotals;
import dev.baton.engine.store.trace.TraceRecorder;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.spec.HumanDecision;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton runs} and {@code baton trace} over a store filled by the recorder. */
class HistoryCommandsTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void recordTwoRuns() {
        TraceDatabase database = TestStores.openIn(dir);
        db = database.location().base().toString();
        TraceRecorder first = TraceRecorder.start(database, TestStores.startedRun("run-aaa1", T0), 100);
        first.record(TestStores.request("run-aaa1", 0, 1, "owner", "billing-agent"));
        first.record(TestStores.lostUpdate("run-aaa1", 1));
        first.record(TestStores.reply("run-aaa1", 2, 2, "billing-agent", "owner", EnvelopeStatus.PARTIAL));
        first.record(TestStores.decision("run-aaa1", 3, "checker", "validator", "reject"));
        first.escalate(new EscalationRequest("run-aaa1", NodeId.of("reviewer"), "Approve refund of $900?", T0,
                T0.plusSeconds(60), HumanDecision.REJECT));
        first.finish(T0.plusSeconds(2), RunOutcome.ABORTED, "hop cap 12 reached at billing-agent; owner aborted",
                new RunTotals(12_345, new BigDecimal("0.0123"), 12, 14));
        TraceRecorder second = TraceRecorder.start(database, TestStores.startedRun("run-bbb2", T0.plusSeconds(60)), 1);
        second.finish(T0.plusSeconds(61), RunOutcome.COMPLETED, "all subtasks succeeded", RunTotals.ZERO);
    }

    @Test
    void runsListsNewestFirstWithOutcomeAndTotals() {
        Cli.Result r = Cli.run(new RunsCommand(), "--db", db);

        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("RUN").contains("OUTCOME", "TOKENS", "COST", "REASON");
        assertThat(lines[1]).startsWith("run-bbb2").contains("completed");
        assertThat(lines[2]).startsWith("run-aaa1").contains("aborted", "12,345", "$0.0123",
                "hop cap 12 reached at billing-agent");
    }

    @Test
    void runsOnAnEmptyDatabaseSaysSo() {
        Cli.Result r = Cli.run(new RunsCommand(), "--db", dir.resolve("empty").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("No runs yet in ");
    }

    @Test
    void traceShowsMessagesDecisionsStoreDiffsAndEscalationsInOrder() {
        Cli.Result r = Cli.run(new TraceCommand(), "--db", db, "run-aaa");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Outcome: aborted - hop cap 12 reached at billing-agent; owner aborted");
        assertThat(r.out()).containsSubsequence(
                "#0", "owner -> billing-agent  (system)  work  constraints [no-prod]",
                "#1", "store ledger[account/7] written by billing-agent, v4  LOST UPDATE",
                "~ balance: 10 -> 15",
                "#2", "billing-agent -> owner  (agent-unverified)  envelope partial confidence 0.9",
                "#3", "checker [validator] reject: confidence 0.4 below threshold 0.7",
                "Escalations:", "reviewer: Approve refund of $900?  -> cancelled");
    }

    @Test
    void ambiguousOrUnknownRunIsAUsageError() {
        Cli.Result ambiguous = Cli.run(new TraceCommand(), "--db", db, "run-");
        Cli.Result unknown = Cli.run(new TraceCommand(), "--db", db, "zzz");

        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ambiguous.err()).contains("\"run-\" matches 2 runs (run-aaa1, run-bbb2)");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no run starting with \"zzz\"");
    }
}
