// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.cli;

import dev.baton.engine.cli.ExitCodes;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.WallClockWaits;
import dev.baton.model.Design;
import dev.baton.model.UsesRealTime;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.format.DesignLoadException;
import dev.baton.model.format.LoadedDesign;
import dev.baton.model.validation.DesignValidator;
import dev.baton.simulator.evidence.StoredEvidenceSource;
import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.DesignReviewer;
import dev.baton.simulator.review.Gate;
import dev.baton.simulator.review.Review;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.evidence.EvidenceSource;
import dev.baton.simulator.review.record.H2ReviewRecordRepository;
import dev.baton.simulator.review.record.ReviewRecord;
import dev.baton.simulator.review.report.ReportData;
import dev.baton.simulator.review.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baton review DESIGN}: reviews a design file against the production-readiness checklist and the
 * coordination-failure rules, prints or writes a report, optionally records the sign-off in the trace database,
 * and exits non-zero when the gate fails, so a repository can gate its designs.
 *
 * <p>Exit codes, as every {@code baton} subcommand uses them: 0 the gate passed; 1 the gate failed (the design
 * was read but is not acceptable); 2 the design could not be read, the database or the output file could not be
 * used, or the command line was wrong.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Review a design against the production-readiness checklist and the coordination-failure rules.",
                "Exits 1 when the gate (--min-score, --fail-on) fails."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the gate passed", "1:the gate failed",
                "2:usage error, or the design, the database or the output file could not be read or written"})
@UsesRealTime("the command line is the composition root: it signs reviews with the system clock and waits for "
        + "another process's database lock in real time")
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESIGN", description = "the design file (*.baton.json)")
    Path designFile;

    @Option(names = "--min-score", paramLabel = "N", defaultValue = "0",
            description = "fail unless at least N of the 10 checklist items pass or are accepted (default: 0)")
    int minScore;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "blocker",
            converter = FailOnConverter.class,
            description = "fail on an open finding of this severity or worse: blocker, major, minor, info or none "
                    + "(default: blocker)")
    FailOn failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, markdown, html, json or junit (default: text)")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--db", paramLabel = "PATH", description = "record the review in the trace database at PATH")
    Path database;

    @Option(names = "--accept", paramLabel = "RULE=REASON", converter = AcceptConverter.class,
            description = "accept a rule's findings as a risk, with the reason (repeatable)")
    List<AcceptedRisk> accepted = new ArrayList<>();

    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "who signs the review (default: the user name)")
    String reviewer;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final Function<TraceDatabase, EvidenceSource> evidence;

    /** The command as the {@code baton} root command registers it: system clock, the simulations stored in --db. */
    public ReviewCommand() {
        this(Clock.systemUTC(), StoredEvidenceSource::new);
    }

    /**
     * @param clock signs the review
     * @param evidence the stored simulation evidence of a database (the simulator provides it); without
     *     {@code --db} the review has no evidence
     */
    public ReviewCommand(Clock clock, Function<TraceDatabase, EvidenceSource> evidence) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.evidence = Objects.requireNonNull(evidence, "evidence must not be null");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minScore < 0 || minScore > 10) {
            err.println("baton review: --min-score must be between 0 and 10, but was " + minScore);
            return ExitCodes.BAD_INPUT;
        }
        Design design;
        try {
            LoadedDesign loaded = DesignFiles.load(designFile);
            loaded.warnings().forEach(w -> err.println("warning: " + w));
            design = loaded.design();
        } catch (DesignLoadException e) {
            err.println("baton review: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        new DesignValidator().validate(design).forEach(f -> err.println("structure: " + f));
        Gate gate = new Gate(minScore, failOn.severity());
        try {
            Optional<TraceDatabase> db = Optional.ofNullable(database)
                    .map(p -> TraceDatabase.open(DatabaseLocation.of(p), lockRetry()));
            EvidenceSource source = db.map(evidence).orElse(EvidenceSource.NONE);
            Review review = new DesignReviewer(source).review(design, accepted);
            ReviewRecord record = ReviewRecord.of(review, reviewer, clock);
            db.ifPresent(d -> new H2ReviewRecordRepository(d).save(record));
            ReportData data = new ReportData(review, gate, reviewer, record.reviewedAt());
            String report = format.renderer().render(data);
            Gate.Verdict verdict = data.verdict();
            if (output == null) {
                out.print(report);
            } else {
                Files.writeString(output, report, StandardCharsets.UTF_8);
                out.println(review.designName() + ": " + review.score().fraction() + ", gate "
                        + (verdict.passed() ? "passed" : "failed") + "; " + format.jsonName() + " report in " + output);
            }
            out.flush();
            return verdict.passed() ? ExitCodes.OK : ExitCodes.NOT_OK;
        } catch (StoreException e) {
            err.println("baton review: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("baton review: cannot write the report to " + output + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static LockRetry lockRetry() {
        return WallClockWaits.lockRetry();
    }

    /** The value of {@code --fail-on}: a severity, or {@code none} (findings never fail the gate). */
    record FailOn(Optional<Severity> severity) { }

    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return new FailOn("none".equalsIgnoreCase(value.trim()) ? Optional.empty()
                    : Optional.of(Severity.fromName(value)));
        }
    }

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromName(value);
        }
    }

    static final class AcceptConverter implements ITypeConverter<AcceptedRisk> {
        @Override
        public AcceptedRisk convert(String value) {
            return AcceptedRisk.parse(value);
        }
    }
}
