// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.format.DesignLoadException;
import dev.baton.model.format.LoadWarning;
import dev.baton.model.format.LoadedDesign;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real store: the model's {@code *.baton.json} format with its atomic save. */
public final class ModelDesignStore implements DesignStore {
    @Override
    public Loaded load(Path file) throws LoadFailure {
        try {
            LoadedDesign loaded = DesignFiles.load(file);
            List<String> warnings = new ArrayList<>();
            for (LoadWarning w : loaded.warnings()) {
                warnings.add(w.toString());
            }
            return new Loaded(loaded.design(), warnings);
        } catch (DesignLoadException e) {
            throw new LoadFailure(e.getMessage(), e);
        }
    }

    @Override
    public void save(Path file, Design design) throws IOException {
        DesignFiles.save(file, design);
    }
}
