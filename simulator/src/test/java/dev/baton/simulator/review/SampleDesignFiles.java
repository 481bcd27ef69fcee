// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.format.DesignLoadException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample designs of the repository ({@code designs/*.baton.json}), found by walking up from the module. */
public final class SampleDesignFiles {
    private SampleDesignFiles() {}

    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path designs = dir.resolve("designs");
            if (Files.isDirectory(designs)) {
                return designs;
            }
        }
        throw new IllegalStateException("no designs/ directory above " + Path.of("").toAbsolutePath());
    }

    /** The path of {@code designs/<name>.baton.json}. */
    public static Path file(String name) {
        return directory().resolve(name + ".baton.json");
    }

    /** Loads {@code designs/<name>.baton.json}. */
    public static Design load(String name) {
        Path file = file(name);
        try {
            return DesignFiles.load(file).design();
        } catch (DesignLoadException e) {
            throw new IllegalStateException("sample design " + file + " does not load: " + e.getMessage(), e);
        }
    }
}
