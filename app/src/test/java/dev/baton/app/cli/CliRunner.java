// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the {@code baton} command line in-process and captures what it prints. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BatonCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** The repository's {@code designs/} folder, found by walking up from the working directory. */
    static Path designsFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("designs")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("designs");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("designs/ not found above " + Path.of("").toAbsolutePath());
    }
}
