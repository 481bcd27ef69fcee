// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.format.DesignLoadException;
import dev.baton.model.format.LoadedDesign;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baton format FILE...}: rewrites designs in the canonical form, atomically. */
@Command(name = "format", sortOptions = false,
        description = {"Rewrite design files in canonical form (fixed key order, stable numbers).",
            "Each rewrite is atomic and keeps the previous version as FILE.bak; canonical files are left untouched.",
            "Exit code: 0 done, 1 with --check when a file is not canonical, 2 some file could not be read or written."},
        mixinStandardHelpOptions = true)
public final class FormatCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (*.baton.json).")
    private List<Path> files;

    @Option(names = "--check", description = "Only report files that are not canonical; change nothing.")
    private boolean check;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                LoadedDesign loaded = DesignFiles.load(file);
                String canonical = DesignFiles.toJson(loaded.design());
                String current = Files.readString(file, StandardCharsets.UTF_8);
                if (canonical.equals(current)) {
                    out.println("unchanged   " + file);
                } else if (check) {
                    out.println("not canonical " + file);
                    exit = Math.max(exit, ExitCodes.NOT_OK);
                } else {
                    DesignFiles.save(file, loaded.design());
                    out.println("formatted   " + file);
                }
            } catch (DesignLoadException e) {
                err.println("unreadable  " + e.getMessage());
                exit = ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                err.println("failed      " + file + ": " + e.getMessage());
                exit = ExitCodes.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
