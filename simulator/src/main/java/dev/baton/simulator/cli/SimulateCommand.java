// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

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
import dev.baton.simulator.design.BehaviourModel;
import dev.baton.simulator.design.DesignReplication;
import dev.baton.simulator.evidence.SimulationResults;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloResult;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.report.Comparison;
import dev.baton.simulator.report.ComparisonSummary;
import dev.baton.simulator.report.Horizon;
import dev.baton.simulator.report.HtmlReport;
import dev.baton.simulator.report.ReportJson;
import dev.baton.simulator.report.SimulationReport;
import dev.baton.simulator.report.SimulationTally;
import dev.baton.simulator.report.TerminalSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baton simulate DESIGN}: Monte Carlo runs of a design on the engine's core in virtual time, optionally
 * under a fault plan and compared with another design or plan; prints a summary, stores the result in the trace
 * database as review evidence and writes JSON and HTML reports.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a design many times in virtual time, with injected failures, and report what goes wrong.",
                "Ctrl-C stops early and reports the runs that finished."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the simulation ran (whatever its outcome mix)",
                "2:usage error, or the design, the fault plan, the database or an output file could not be used",
                "130:cancelled with Ctrl-C (the partial result was still reported and stored)"})
@UsesRealTime("the command line is the composition root: the progress bar's rate and ETA, the time a result is "
        + "stored at and the wait for another process's database lock are real time; the simulation is not")
public final class SimulateCommand implements Callable<Integer> {
    /** The shell convention for a process stopped by SIGINT (128 + 2). */
    public static final int EXIT_CANCELLED = 130;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "the design file (*.baton.json)")
    Path designFile;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10000",
            description = "Monte Carlo runs (default: ${DEFAULT-VALUE})")
    long runs;

    @Option(names = "--faults", paramLabel = "PLAN|FILE",
            description = "a fault plan saved in the design, or a fault plan file (FILE.json, FILE.json#NAME)")
    String faults;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "master seed; the same seed gives the same figures on any thread count (default: 1)")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--compare", paramLabel = "OTHER_DESIGN",
            description = "simulate another design with the same seed and show both side by side")
    Path compareDesign;

    @Option(names = "--compare-faults", paramLabel = "PLAN|FILE",
            description = "compare with the design (or OTHER_DESIGN) under this fault plan; \"none\" for no faults")
    String compareFaults;

    @Option(names = "--horizon", paramLabel = "TIME", converter = HorizonTimeConverter.class,
            description = "cut a run the design does not stop after this much simulated time (default: 1h)")
    Duration horizonTime;

    @Option(names = "--horizon-calls", paramLabel = "N",
            description = "cut a run the design does not stop after N model calls (default: 1000)")
    Integer horizonCalls;

    @Option(names = "--report", paramLabel = "FILE.html", description = "write a self-contained HTML report")
    Path htmlFile;

    @Option(names = "--json", paramLabel = "FILE", description = "write the result as JSON")
    Path jsonFile;

    @Option(names = "--db", paramLabel = "PATH",
            description = "trace database to store the result in (default: the user's data folder)")
    Path database;

    @Option(names = "--no-store", description = "do not store the result in the trace database")
    boolean noStore;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final LongSupplier ticker;
    private final boolean handleInterrupt;
    private final boolean terminal;
    private final Cancellation cancellation = new Cancellation();

    /** The command as the {@code baton} root command registers it: real clocks, Ctrl-C handled. */
    public SimulateCommand() {
        // System.console() is null when stdin or stdout is redirected; Java 17 cannot ask about stderr alone.
        this(Clock.systemUTC(), System::nanoTime, true, System.console() != null);
    }

    /**
     * @param clock           stamps the stored result
     * @param ticker          real nanoseconds, for the progress rate
     * @param handleInterrupt whether to install the Ctrl-C hook (tests do not)
     * @param terminal        whether stderr is a terminal (the progress line is redrawn in place)
     */
    SimulateCommand(Clock clock, LongSupplier ticker, boolean handleInterrupt, boolean terminal) {
        this.terminal = terminal;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.ticker = Objects.requireNonNull(ticker, "ticker must not be null");
        this.handleInterrupt = handleInterrupt;
    }

    /** The flag Ctrl-C sets; tests cancel through it. */
    Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = handleInterrupt ? interruptHook(reported) : null;
        try {
            return simulate(out, err);
        } catch (CliFailure e) {
            err.println("baton simulate: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
            reported.countDown();
            if (hook != null && !cancellation.isCancelled()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /** On Ctrl-C: cancel the batch, then let the JVM exit only once the partial result was reported. */
    private Thread interruptHook(CountDownLatch reported) {
        Thread hook = new Thread(() -> {
            cancellation.cancel();
            try {
                reported.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "baton-simulate-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private int simulate(PrintWriter out, PrintWriter err) {
        if (runs < 1) {
            throw new CliFailure("--runs must be >= 1, but was " + runs);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new CliFailure("--threads must be >= 1, but was " + t);
        }
        if (horizonCalls != null && horizonCalls < 1) {
            throw new CliFailure("--horizon-calls must be >= 1, but was " + horizonCalls);
        }
        Horizon d = Horizon.engineDefaults();
        Horizon horizon = new Horizon(d.hopCap(), horizonCalls == null ? d.calls() : horizonCalls,
                horizonTime == null ? d.runTimeout() : horizonTime);
        MonteCarloSettings settings = new MonteCarloSettings(runs, seed, t, MonteCarloSettings.DEFAULT_CHUNK_SIZE);

        Design a = load(designFile, err);
        Scenario sa = Scenario.resolve(a, faults);
        boolean comparing = compareDesign != null || compareFaults != null;
        Design b = compareDesign == null ? a : load(compareDesign, err);
        Scenario sb = comparing ? Scenario.resolve(b, compareFaults == null ? faults
                : "none".equals(compareFaults) ? null : compareFaults) : null;

        List<SimulationReport> reports = new ArrayList<>();
        reports.add(run(a, sa, settings, horizon, err, comparing ? "A" : ""));
        if (comparing && !cancellation.isCancelled()) {
            reports.add(run(b, sb, settings, horizon, err, "B"));
        }
        if (reports.size() == 2) {
            Comparison c = Comparison.of(reports.get(0), reports.get(1));
            out.print(ComparisonSummary.render(c));
            write(jsonFile, ReportJson.write(c), "JSON", err);
            write(htmlFile, HtmlReport.render(c), "HTML report", err);
        } else {
            out.print(TerminalSummary.render(reports.get(0)));
            write(jsonFile, ReportJson.write(reports.get(0)), "JSON", err);
            write(htmlFile, HtmlReport.render(reports.get(0)), "HTML report", err);
        }
        out.flush();
        store(reports, out);
        return cancellation.isCancelled() ? EXIT_CANCELLED : ExitCodes.OK;
    }

    private SimulationReport run(Design design, Scenario scenario, MonteCarloSettings settings, Horizon horizon,
            PrintWriter err, String label) {
        BehaviourModel model;
        try {
            model = BehaviourModel.compile(design, scenario.section(), scenario.plan());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        ProgressBar progress = new ProgressBar(err, terminal, ticker, label);
        MonteCarloResult<SimulationTally> r = new MonteCarloRunner().run(settings,
                new DesignReplication(model, horizon.limits()), SimulationTally.aggregation(model), progress,
                cancellation);
        progress.finish();
        return new SimulationReport(design, scenario.plan(), settings.masterSeed(), r.requested(), r.completed(),
                r.cancelled(), horizon, r.aggregate());
    }

    private static Design load(Path file, PrintWriter err) {
        try {
            LoadedDesign loaded = DesignFiles.load(file);
            loaded.warnings().forEach(w -> err.println("warning: " + file.getFileName() + " " + w));
            return loaded.design();
        } catch (DesignLoadException e) {
            throw new CliFailure("cannot read design " + e.getMessage());
        }
    }

    private void write(Path file, String text, String what, PrintWriter err) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            err.println(what + " written to " + file);
        } catch (IOException e) {
            throw new CliFailure("cannot write the " + what + " to " + file + ": " + e.getMessage());
        }
    }

    private void store(List<SimulationReport> reports, PrintWriter out) {
        if (noStore) {
            return;
        }
        DatabaseLocation location = database == null ? DatabaseLocation.userDefault() : DatabaseLocation.of(database);
        try {
            TraceDatabase db = TraceDatabase.open(location, lockRetry());
            for (SimulationReport r : reports) {
                if (r.completed() == 0) {
                    continue;
                }
                long id = SimulationResults.store(db, r, clock.instant());
                out.println("Stored as simulation " + id + " of revision " + r.designHash().substring(0, 12)
                        + "… in " + location + " (baton review --db reads it as evidence)");
            }
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage());
        } catch (IllegalStateException e) {
            // H2 registers a shutdown hook when it opens a file, which the JVM refuses once Ctrl-C began shutdown.
            throw new CliFailure("the result was not stored in " + location + ": " + e.getMessage());
        }
    }

    private static LockRetry lockRetry() {
        return WallClockWaits.lockRetry();
    }
}
