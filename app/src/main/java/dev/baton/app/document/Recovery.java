// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import dev.baton.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Crash recovery: unsaved work is written to a recovery folder after a few idle seconds, and removed on a clean
 * save or close. A recovery file still there at start-up means the last session ended without that, so the app
 * offers to restore it. The original file's path sits next to it in {@code recovery.origin}.
 */
public final class Recovery {
    static final String DESIGN_FILE = "recovery.baton.json";
    static final String ORIGIN_FILE = "recovery.origin";

    private final Path folder;
    private final DesignStore store;

    public Recovery(Path folder, DesignStore store) {
        this.folder = folder;
        this.store = store;
    }

    /** What a previous session left behind. */
    public record Leftover(Design design, Optional<Path> origin) {
    }

    /** Writes the unsaved design (atomically, through the store). */
    public void write(Design design, Optional<Path> origin) throws IOException {
        Files.createDirectories(folder);
        store.save(folder.resolve(DESIGN_FILE), design);
        Files.writeString(folder.resolve(ORIGIN_FILE), origin.map(Path::toString).orElse(""), StandardCharsets.UTF_8);
    }

    /** Removes the recovery files: the work is saved or deliberately discarded. */
    public void clear() throws IOException {
        Files.deleteIfExists(folder.resolve(DESIGN_FILE));
        Files.deleteIfExists(folder.resolve(ORIGIN_FILE));
    }

    /** The design a crashed session left behind, if any and if readable. */
    public Optional<Leftover> leftover() {
        Path design = folder.resolve(DESIGN_FILE);
        if (!Files.isRegularFile(design)) {
            return Optional.empty();
        }
        try {
            Design d = store.load(design).design();
            Path originFile = folder.resolve(ORIGIN_FILE);
            String origin = Files.isRegularFile(originFile) ? Files.readString(originFile, StandardCharsets.UTF_8) : "";
            return Optional.of(new Leftover(d, origin.isBlank() ? Optional.empty() : Optional.of(Path.of(origin.trim()))));
        } catch (DesignStore.LoadFailure | IOException e) {
            org.slf4j.LoggerFactory.getLogger(Recovery.class).warn("ignoring unreadable recovery file {}: {}", design,
                    e.getMessage());
            return Optional.empty();
        }
    }

    public Path folder() {
        return folder;
    }
}
