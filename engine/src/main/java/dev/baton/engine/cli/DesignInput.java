// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.model.format.DesignFiles;
import dev.baton.model.format.DesignLoadException;
import dev.baton.model.format.LoadWarning;
import dev.baton.model.format.LoadedDesign;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads the design a command was given; an unreadable design stops the command with exit code 2. */
final class DesignInput {
    private DesignInput() {}

    /** Loads {@code file}, printing the loader's warnings to {@code err}. */
    static LoadedDesign load(Path file, PrintWriter err) {
        LoadedDesign loaded;
        try {
            loaded = DesignFiles.load(file);
        } catch (DesignLoadException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "cannot read design " + e.getMessage(), e);
        }
        for (LoadWarning w : loaded.warnings()) {
            err.println("warning: " + file.getFileName() + " " + w);
        }
        return loaded;
    }
}
