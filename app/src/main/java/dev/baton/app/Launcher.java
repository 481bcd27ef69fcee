// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import dev.baton.app.cli.BatonCli;
import dev.baton.engine.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.List;
import javafx.application.Application;

/**
 * The jar's entry point: the designer or the command line. It must not extend {@code Application}: with JavaFX on the class path such a main class
 * fails with "JavaFX runtime components are missing" (stack.md section 2).
 */
public final class Launcher {
    /** What a command line asks for. */
    sealed interface Plan permits OpenDesigner, RunCommand, UsageError {
    }

    /** Open the designer with these options. */
    record OpenDesigner(StartOptions options) implements Plan {
    }

    /** Run a {@code baton} subcommand (or the root command's --help / --version). */
    record RunCommand() implements Plan {
    }

    /** The arguments were meant for the designer but are wrong; {@code message} says which and why. */
    record UsageError(String message) implements Plan {
    }

    private Launcher() {
    }

    /** Opens the designer (no arguments, a design file, designer options), or runs a {@code baton} command. */
    public static void main(String[] args) {
        Plan plan = plan(args);
        if (plan instanceof OpenDesigner) {
            Application.launch(DesignerApplication.class, args);
        } else if (plan instanceof UsageError) {
            // Checked before the toolkit starts, so a typo gets a message rather than a window or a stack trace.
            System.err.println("baton: " + ((UsageError) plan).message());
            System.err.println("Usage: baton " + StartOptions.USAGE + "   (opens the designer)");
            System.err.println("       baton COMMAND ...   (see baton --help)");
            System.exit(ExitCodes.BAD_INPUT);
        } else if (plan instanceof RunCommand) {
            // Commands must not start the JavaFX toolkit: they run headless, in CI and over ssh.
            System.exit(BatonCli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        } else {
            throw new AssertionError("unhandled " + plan);
        }
    }

    /** The decision of {@link #main}, without side effects. */
    static Plan plan(String[] args) {
        if (!BatonCli.opensDesigner(args)) {
            return new RunCommand();
        }
        try {
            return new OpenDesigner(StartOptions.parse(List.of(args)));
        } catch (IllegalArgumentException e) {
            return new UsageError(e.getMessage());
        }
    }
}
