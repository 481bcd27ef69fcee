// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import java.util.Optional;

/** Changes the design's name and description. */
public record RenameDesign(String name, String description) implements GraphEdit {
    @Override
    public Design apply(Design design) {
        return design.withName(name).withDescription(description);
    }

    @Override
    public String label() {
        return "Rename design";
    }

    @Override
    public Optional<GraphEdit> mergeWith(GraphEdit next) {
        return next instanceof RenameDesign ? Optional.of(next) : Optional.empty();
    }
}
