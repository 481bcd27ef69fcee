// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.engine.adapter.AgentOverrides;
import dev.baton.engine.adapter.CredentialSource;
import dev.baton.engine.adapter.DesignAdapters;
import dev.baton.engine.adapter.HttpExchange;
import dev.baton.engine.adapter.spi.JavaAgents;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton run DESIGN [--input FILE] [--db PATH] [--seed S]}: runs a design through the engine's real-time
 * driver with the design's scripted agents, shows a live progress line, records the trace in the store and ends
 * with the outcome and its reason. Exit code 0 when the run completed, 1 for any other outcome, 2 when the design
 * cannot be read or run.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a design with its scripted agents and record the trace.")
public final class RunCommand extends BatonCommand {
    /** When the progress line is drawn. */
    enum ProgressMode { AUTO, ALWAYS, NEVER }

    /** How often the progress line is redrawn. */
    private static final long REDRAW_MILLIS = 100;

    @Parameters(paramLabel = "DESIGN", description = "The design file (*.baton.json).")
    Path design;

    @Option(names = "--input", paramLabel = "FILE",
            description = "The task input as a JSON file (default: the design's example input).")
    Path input;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed for the run's trace ids.")
    long seed;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "AUTO",
            description = "Live progress line: ${COMPLETION-CANDIDATES} (default: AUTO, only on a terminal).")
    ProgressMode progress;

    @Option(names = "--agent-override", paramLabel = "NODE=ADAPTER",
            description = "Call NODE through ADAPTER (scripted, openai, anthropic, process, java) for this run; "
                    + "* = every model-backed node; repeatable. Parsed by dev.baton.engine.adapter.AgentOverrides.")
    List<String> agentOverrides = new ArrayList<>();

    @Mixin
    DatabaseOption database;

    @Override
    protected int execute() throws InterruptedException {
        Design d = DesignInput.load(design, err()).design();
        RunPlan plan;
        try {
            plan = RunPlan.compile(d);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        DesignAdapters adapters;
        try {
            adapters = DesignAdapters.create(d, AgentOverrides.parse(agentOverrides, d), null,
                    new DesignAdapters.Resources(CredentialSource.ENVIRONMENT, HttpExchange.create(),
                            JavaAgents.load(RunCommand.class.getClassLoader()), Executors.newCachedThreadPool(r -> {
                                Thread t = new Thread(r, "baton-process");
                                t.setDaemon(true);
                                return t;
                            })));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        JsonNode taskInput = TaskInput.resolve(input, d);
        TraceDatabase db = database.open();
        Clock clock = RealTime.clock();
        String runId = RunIds.next(clock, id -> db.withSession(s -> s.runs().find(id).isPresent()));
        Instant started = clock.instant();
        ProgressDisplay display = new ProgressDisplay(out(), progress == ProgressMode.ALWAYS
                || progress == ProgressMode.AUTO && System.console() != null);
        out().println("Run " + runId + " of " + d.name() + " (trace in " + db.location() + ")");
        try (LiveRun run = new LiveRun(plan, runId, db, clock, seed, started, err(), adapters)) {
            Thread stopper = new Thread(() -> run.cancel("interrupted by the user"), "baton-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                RunResult result = await(run, run.start(plan, taskInput, seed), clock, started, display);
                display.finish();
                report(result, run, clock, started, runId);
                return result.outcome() == Outcome.COMPLETED ? ExitCodes.OK : ExitCodes.NOT_OK;
            } finally {
                removeHook(stopper);
            }
        }
    }

    private static RunResult await(LiveRun run, CompletableFuture<RunResult> done, Clock clock, Instant started,
            ProgressDisplay display) throws InterruptedException {
        while (true) {
            display.show(run.progress().snapshot(Duration.between(started, clock.instant())));
            try {
                return done.get(REDRAW_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Still running: redraw and wait again.
            } catch (ExecutionException e) {
                throw new CliException(ExitCodes.BAD_INPUT, "the engine failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private void report(RunResult result, LiveRun run, Clock clock, Instant started, String runId) {
        PrintWriter out = out();
        out.println(result.outcome().jsonName() + ": " + result.reason());
        out.println("  " + run.progress().snapshot(Duration.between(started, clock.instant())).line());
        out.println("  trace: baton trace " + runId + (database.db == null ? "" : " --db " + database.db));
        run.sink().failure().ifPresent(f -> err().println("baton: the trace of this run was not stored completely: "
                + f.getMessage()));
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and cancels the run.
        }
    }
}
