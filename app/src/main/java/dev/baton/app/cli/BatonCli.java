// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the command line: parses arguments and runs a subcommand. */
public final class BatonCli {
    private BatonCli() {}

    /**
     * Whether these arguments ask for the designer window rather than a command: no arguments, or a single
     * argument that is not an option or a subcommand (taken as a design file to open).
     */
    public static boolean opensDesigner(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length == 1 && !args[0].startsWith("-")) {
            return !newCommandLine().getSubcommands().containsKey(args[0]);
        }
        // The designer's own options, e.g. --screenshot=FILE, optionally with a design file.
        for (String a : args) {
            if (!a.startsWith("--screenshot") && a.startsWith("-")) {
                return false;
            }
        }
        return args[0].startsWith("--screenshot") || !newCommandLine().getSubcommands().containsKey(args[0]);
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = newCommandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new BatonCommand());
        // picocli already answers invalid input with 2 (ExitCode.USAGE); an unexpected exception is also a 2.
        cl.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        return cl;
    }
}
