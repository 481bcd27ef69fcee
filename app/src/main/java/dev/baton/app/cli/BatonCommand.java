// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExportCommand;
import dev.baton.engine.cli.InboxCommand;
import dev.baton.engine.cli.RunCommand;
import dev.baton.engine.cli.RunsCommand;
import dev.baton.engine.cli.TraceCommand;
import dev.baton.engine.telemetry.OtelExportCommand;
import dev.baton.simulator.cli.SimulateCommand;
import dev.baton.simulator.review.cli.ReviewCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code baton} command. With no subcommand (optionally with a design file) the launcher opens the
 * designer instead; see {@link BatonCli#opensDesigner(String[])}.
 */
@Command(name = "baton", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Design, stress-test and run multi-agent LLM orchestration graphs.", "",
            "Run without a command (or with a design file) to open the designer."},
        subcommands = {ValidateCommand.class, FormatCommand.class, RunCommand.class, RunsCommand.class, TraceCommand.class,
            InboxCommand.class, ExportCommand.class, OtelExportCommand.class, ReviewCommand.class,
            SimulateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 the input was read but is not ok, 2 unreadable input or usage error.",
            "Documentation: README.md and docs/ in the repository."})
public final class BatonCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
