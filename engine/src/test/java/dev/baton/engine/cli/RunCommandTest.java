// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton run} drives the real-time engine with the design's scripts and records what happened. */
class RunCommandTest {
    @TempDir
    Path dir;

    private Path save(Design design) throws IOException {
        Path file = dir.resolve("design.baton.json");
        DesignFiles.save(file, design);
        return file;
    }

    private String db() {
        return dir.resolve("data/baton").toString();
    }

    private List<RunRecord> storedRuns() {
        return TraceDatabase.open(DatabaseLocation.of(Path.of(db())), LockRetry.NONE)
                .withSession(s -> s.runs().recent(10));
    }

    @Test
    void incidentRunEndsNotCompletedWithItsReasonAndExitCodeOne() throws IOException {
        Design design = TestDesigns.handoffLoop(true);
        String expectedReason = Runs.scripted(design).result().reason();

        Cli.Result r = Cli.run(new RunCommand(), save(design).toString(), "--db", db(), "--progress", "ALWAYS");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.NOT_OK);
        assertThat(r.out()).contains("\rhops ").contains("aborted: " + expectedReason).contains("hops 12/12");
        RunRecord run = storedRuns().get(0);
        assertThat(run.outcome()).contains(RunOutcome.ABORTED);
        assertThat(run.reason()).isEqualTo(expectedReason);
        assertThat(r.out()).contains("trace: baton trace " + run.id());
        try (StoreSession s = TraceDatabase.open(DatabaseLocation.of(Path.of(db())), LockRetry.NONE).session()) {
            assertThat(s.messages().forRun(run.id())).hasSizeGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void completedRunExitsZeroAndItsTraceReadsBack() throws IOException {
        Design design = TestDesigns.researchPipeline();
        String expectedReason = Runs.scripted(design).result().reason();

        Cli.Result r = Cli.run(new RunCommand(), save(design).toString(), "--db", db(), "--progress", "NEVER");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("completed: " + expectedReason).doesNotContain("\r");
        String runId = storedRuns().get(0).id();
        Cli.Result trace = Cli.run(new TraceCommand(), "--db", db(), runId);
        assertThat(trace.exitCode()).isZero();
        assertThat(trace.out()).contains("Outcome: completed - " + expectedReason).contains("  plan", "  work");
    }

    @Test
    void designTheEngineCannotRunIsAUsageError() throws IOException {
        Cli.Result r = Cli.run(new RunCommand(), save(Design.empty("nothing")).toString(), "--db", db());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("design \"nothing\" cannot run: it has no start node");
    }
}
