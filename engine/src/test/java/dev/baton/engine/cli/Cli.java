// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command in-process with captured output. */
final class Cli {
    private Cli() {}

    record Result(int exitCode, String out, String err) {}

    static Result run(Object command, String... args) {
        return run(new CommandLine(command), args);
    }

    static Result run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
