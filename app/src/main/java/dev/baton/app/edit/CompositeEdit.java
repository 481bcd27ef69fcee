// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import java.util.List;

/** Several edits as one undo step, applied in order (undo needs no reverse order: it restores the design). */
public record CompositeEdit(List<GraphEdit> edits, String label) implements GraphEdit {
    public CompositeEdit {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a composite edit needs at least one edit, but got none");
        }
    }

    @Override
    public Design apply(Design design) {
        Design result = design;
        for (GraphEdit e : edits) {
            result = e.apply(result);
        }
        return result;
    }
}
