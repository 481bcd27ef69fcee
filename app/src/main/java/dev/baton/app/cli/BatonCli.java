// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the command line: parses arguments and runs a subcommand. */
public final class BatonCli {
    private BatonCli() {}

    /**
     * Whether these arguments ask for the designer window rather than a command: no arguments, or a first argument
     * that is neither a subcommand nor one of the root command's options ({@code --help}, {@code --version}): a
     * design file or a designer option such as {@code --theme=dark}. The designer checks its options itself and
     * names any it does not know.
     */
    public static boolean opensDesigner(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        CommandLine cl = newCommandLine();
        return !cl.getSubcommands().containsKey(first) && cl.getCommandSpec().findOption(first) == null;
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
