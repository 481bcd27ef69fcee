// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.format.DesignLoadException;
import dev.baton.model.format.LoadWarning;
import dev.baton.model.format.LoadedDesign;
import dev.baton.model.validation.DesignValidator;
import dev.baton.model.validation.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baton validate FILE...}: loads each design and reports its structural findings. */
@Command(name = "validate", sortOptions = false,
        description = {"Check design files: that they load, and that their graph is structurally sound.",
            "Exit code: 0 all valid, 1 some design has errors, 2 some file could not be read."},
        mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (*.baton.json).")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignValidator validator = new DesignValidator();
        int exit = ExitCodes.OK;
        int valid = 0;
        for (Path file : files) {
            LoadedDesign loaded;
            try {
                loaded = DesignFiles.load(file);
            } catch (DesignLoadException e) {
                err.println("unreadable  " + e.getMessage());
                exit = ExitCodes.BAD_INPUT;
                continue;
            }
            for (LoadWarning w : loaded.warnings()) {
                out.println("warning     " + file + " at " + w.jsonPath() + ": " + w.message());
            }
            List<Finding> findings = validator.validate(loaded.design());
            long errors = findings.stream().filter(Finding::isError).count();
            for (Finding f : findings) {
                out.println((f.isError() ? "error       " : "warning     ") + file + " at " + f.jsonPath() + " ["
                        + f.code() + "]: " + f.message());
            }
            if (errors == 0) {
                valid++;
                out.println("ok          " + file + " (" + loaded.design().nodes().size() + " nodes, "
                        + loaded.design().edges().size() + " edges" + (findings.isEmpty() ? "" : ", "
                        + findings.size() + " warning" + (findings.size() == 1 ? "" : "s")) + ")");
            } else {
                out.println("invalid     " + file + " (" + errors + " error" + (errors == 1 ? "" : "s") + ")");
                exit = Math.max(exit, ExitCodes.NOT_OK);
            }
        }
        if (files.size() > 1) {
            out.println(valid + " of " + files.size() + " designs valid");
        }
        out.flush();
        err.flush();
        return exit;
    }
}
