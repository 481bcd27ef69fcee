// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of the engine jar in an exported bundle: {@code java -jar baton-engine.jar run|runs|trace|inbox}.
 * The desktop app's {@code baton} command registers the same subcommands (and {@code export}) on its own root.
 */
@Command(name = "baton-engine", mixinStandardHelpOptions = true, version = "Baton engine",
        description = "Run a Baton design and read its history, without the designer.",
        subcommands = {RunCommand.class, RunsCommand.class, TraceCommand.class, InboxCommand.class})
public final class EngineMain implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // The bundle carries no SLF4J binding; without this, SLF4J prints a warning on every start.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(commandLine().execute(args));
    }

    /** The engine's command line, for {@code main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new EngineMain());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, runs, trace or inbox");
    }
}
