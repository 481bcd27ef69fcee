// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static dev.baton.engine.fixtures.DesignDsl.agent;
import static dev.baton.engine.fixtures.DesignDsl.handoff;
import static dev.baton.model.EdgeKind.DELEGATE;
import static dev.baton.model.EdgeKind.ESCALATE;
import static dev.baton.model.EdgeKind.HANDOFF;
import static dev.baton.model.EdgeKind.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.escalation.EscalationStatus;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.HumanDecision;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.StartSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run waits on its escalation; {@code baton inbox answer} (another command, as from another terminal) resumes it. */
class EscalationRoundTripTest {
    private static final Pattern WAITING = Pattern.compile("escalation (\\d+) waits for an answer");

    @TempDir
    Path dir;

    /** The handoff loop with a hop cap whose owner escalates to an unscripted human at the cap. */
    static Design loopEscalatedToAHuman() {
        return new DesignDsl("loop with escalation").policy(TaskPolicy.UNSET.withHopCap(OptionalInt.of(6)))
                .node("start", StartSpec.defaults())
                .node("analyst", agent(2_000, null, 1))
                .node("researcher", agent(2_000, null, 1))
                .node("end", EndSpec.defaults())
                .node("task-owner", new OwnerSpec(OwnerDecision.ESCALATE))
                .node("reviewer", new HumanSpec("reviewers", Optional.of(Duration.ofMinutes(10)),
                        HumanDecision.REJECT))
                .edge(DELEGATE, "start", "analyst")
                .edge(HANDOFF, "analyst", "researcher")
                .edge(HANDOFF, "researcher", "analyst")
                .edge(OUTPUT, "researcher", "end")
                .edge(ESCALATE, "task-owner", "reviewer")
                .script("analyst", false, handoff("researcher", "{'q': 'again'}", 100, 0))
                .script("researcher", false, handoff("analyst", "{'q': 'again'}", 100, 0))
                .build();
    }

    @Test
    void answerFromTheInboxReachesTheWaitingRun() throws Exception {
        Path design = dir.resolve("loop.baton.json");
        DesignFiles.save(design, loopEscalatedToAHuman());
        String db = dir.resolve("data/baton").toString();
        CompletableFuture<Long> waiting = new CompletableFuture<>();
        StringWriter out = new StringWriter();
        CommandLine run = new CommandLine(new RunCommand());
        run.setOut(new PrintWriter(out, true));
        run.setErr(new PrintWriter(new Watch(waiting), true));

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> run.execute(design.toString(), "--db", db, "--progress", "NEVER"));
        long inboxId = waiting.get(120, TimeUnit.SECONDS);
        Cli.Result listed = Cli.run(new InboxCommand(), "--db", db);
        Cli.Result answered = Cli.run(new InboxCommand(), "answer", String.valueOf(inboxId), "approve",
                "--note", "ship it", "--by", "dana", "--db", db);

        assertThat(listed.out()).contains(String.valueOf(inboxId)).contains("reviewer").contains("reject");
        assertThat(answered.exitCode()).as(answered.err()).isZero();
        assertThat(exit.get(120, TimeUnit.SECONDS)).as(out.toString()).isEqualTo(ExitCodes.NOT_OK);
        assertThat(out.toString()).contains("escalated: ");
        List<EscalationRecord> rows = TraceDatabase.open(DatabaseLocation.of(Path.of(db)), LockRetry.NONE)
                .withSession(s -> s.escalations().forRun(s.runs().recent(1).get(0).id()));
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EscalationStatus.ANSWERED);
            assertThat(e.decision()).contains(HumanDecision.APPROVE);
            assertThat(e.answeredBy()).contains("dana");
        });
    }

    /** Completes {@code waiting} with the inbox number once the run says it waits. */
    private static final class Watch extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final CompletableFuture<Long> waiting;

        Watch(CompletableFuture<Long> waiting) {
            this.waiting = waiting;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
            Matcher m = WAITING.matcher(text);
            if (m.find()) {
                waiting.complete(Long.parseLong(m.group(1)));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
