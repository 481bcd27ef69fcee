// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.cli.ExitCodes;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.model.format.ContentHash;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.SampleDesignFiles;
import dev.baton.simulator.review.evidence.EvidenceSource;
import dev.baton.simulator.review.record.H2ReviewRecordRepository;
import dev.baton.simulator.review.record.ReviewRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReviewCommandTest {
    private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void rightDesignPassesTheDefaultGate() {
        int code = run(design("research-pipeline"));

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Score 8/10", "Gate (min score 0, fail on blocker or worse): PASSED",
                "[no evidence yet] BTN-C10");
    }

    @Test
    void incidentFailsTheGateWithItsBlocker() {
        int code = run(design("incident-silent-overwrite"));

        assertThat(code).isEqualTo(ExitCodes.NOT_OK);
        assertThat(out.toString()).contains("BTN-M02 (blocker): store customer-record has no concurrency control");
    }

    @Test
    void minScoreCountsItemsWithoutEvidenceAsNotPassed() {
        assertThat(run(design("research-pipeline"), "--min-score", "8")).isEqualTo(ExitCodes.OK);
        assertThat(run(design("research-pipeline"), "--min-score", "9")).isEqualTo(ExitCodes.NOT_OK);
    }

    @Test
    void acceptedRiskNoLongerFailsTheGateAndIsReported() {
        int code = run(design("incident-silent-overwrite"), "--accept", "BTN-M02=each enricher owns disjoint fields");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("accepted: each enricher owns disjoint fields");
    }

    @Test
    void failOnMajorFailsOnMajorFindingsAndNoneNever() {
        assertThat(run(design("incident-context-rot"))).isEqualTo(ExitCodes.OK);
        assertThat(run(design("incident-context-rot"), "--fail-on", "major")).isEqualTo(ExitCodes.NOT_OK);
        assertThat(run(design("incident-handoff-loop"), "--fail-on", "none")).isEqualTo(ExitCodes.OK);
    }

    @Test
    void writesTheChosenFormatToTheOutputFile() throws Exception {
        Path report = dir.resolve("review.xml");

        int code = run(design("incident-lost-subtask"), "--format", "junit", "--output", report.toString(),
                "--fail-on", "major");

        assertThat(code).isEqualTo(ExitCodes.NOT_OK);
        assertThat(Files.readString(report)).startsWith("<?xml").contains("<testsuites", "BTN-C05", "<failure");
        assertThat(out.toString()).contains("gate failed; junit report in " + report);
    }

    @Test
    void recordsTheSignedReviewInTheDatabase() throws Exception {
        Path db = dir.resolve("baton");

        int code = run(design("incident-retry-storm"), "--db", db.toString(), "--reviewer", "dana",
                "--accept", "BTN-M03=the ERP has its own quota");

        assertThat(code).isEqualTo(ExitCodes.OK);
        String hash = ContentHash.of(DesignFiles.load(design("incident-retry-storm")).design());
        List<ReviewRecord> records = new H2ReviewRecordRepository(
                TraceDatabase.open(DatabaseLocation.of(db), LockRetry.NONE)).forDesign(hash);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.reviewer()).isEqualTo("dana");
            assertThat(r.reviewedAt()).isEqualTo(T0);
            assertThat(r.score()).isEqualTo(8);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("BTN-M03");
                assertThat(f.accepted()).isTrue();
            });
            assertThat(r.acceptedRisks()).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo(ReviewRule.RETRY_STORM);
                assertThat(a.reason()).isEqualTo("the ERP has its own quota");
            });
        });
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheValue() {
        assertThat(run(design("research-pipeline"), "--fail-on", "fatal")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown severity \"fatal\"");
        assertThat(run(design("research-pipeline"), "--accept", "BTN-X99=because")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown review rule \"BTN-X99\"");
        assertThat(run(design("research-pipeline"), "--min-score", "11")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void unreadableDesignExitsTwoWithTheLoadError() {
        int code = run(dir.resolve("missing.baton.json"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing.baton.json");
    }

    private int run(Path designFile, String... options) {
        CommandLine cli = new CommandLine(new ReviewCommand(Clock.fixed(T0, ZoneOffset.UTC), db -> EvidenceSource.NONE));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 1];
        args[0] = designFile.toString();
        System.arraycopy(options, 0, args, 1, options.length);
        return cli.execute(args);
    }

    private static Path design(String name) {
        return SampleDesignFiles.file(name);
    }
}
