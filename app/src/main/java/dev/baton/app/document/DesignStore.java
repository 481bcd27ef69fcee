// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import dev.baton.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the designer reads and writes design files: the app's port onto the model's file format, so that view
 * models can be tested with an in-memory store.
 */
public interface DesignStore {
    /** A design read from a file, with the loader's warnings (unknown fields kept, migrations applied). */
    record Loaded(Design design, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /** A file that could not be read; the message says where and what ("file:line:col at $.path: expected ..."). */
    final class LoadFailure extends Exception {
        private static final long serialVersionUID = 1L;

        public LoadFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads {@code file}; never changes it. */
    Loaded load(Path file) throws LoadFailure;

    /** Writes {@code design} to {@code file} atomically (a crash leaves the old file or the new one). */
    void save(Path file, Design design) throws IOException;
}
