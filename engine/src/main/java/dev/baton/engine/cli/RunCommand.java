// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.nio.file.Path;
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

    @Parameters(paramLabel = "DESIGN", description = "The design file (*.baton.json).")
    Path design;

    @Option(names = "--input", paramLabel = "FILE",
            description = "The task input as a JSON file (default: the design's example input).")
    Path input;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed for ids and scripted faults.")
    long seed;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "AUTO",
            description = "Live progress line: ${COMPLETION-CANDIDATES} (default: AUTO, only on a terminal).")
    ProgressMode progress;

    @Mixin
    DatabaseOption database;

    @Override
    protected int execute() {
        DesignInput.load(design, err());
        throw new CliException(ExitCodes.USAGE, "this build has no engine core yet, so designs cannot be run");
    }
}
