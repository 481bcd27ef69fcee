// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved files, newest first, kept in a small text file (one path a line) so that
 * the list survives restarts. Missing files are kept: they may be on a drive that is not mounted.
 */
public final class RecentFiles {
    public static final int LIMIT = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        if (Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < LIMIT) {
                        files.add(Path.of(line.trim()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the recent-files list " + store, e);
            }
        }
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Moves {@code file} to the top and writes the list. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        List<String> lines = new ArrayList<>();
        files.forEach(p -> lines.add(p.toString()));
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The list is a convenience: failing to write it must not fail the save that triggered it.
            org.slf4j.LoggerFactory.getLogger(RecentFiles.class).warn("could not write {}: {}", store, e.toString());
        }
    }
}
