// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import java.util.Optional;

/** Replaces one edge's label or settings; successive changes of one property merge like {@link ReplaceNode}. */
public record ReplaceEdge(Edge edge, String property) implements GraphEdit {
    @Override
    public Design apply(Design design) {
        return design.updateEdge(edge.id(), old -> edge);
    }

    @Override
    public String label() {
        return "Edit " + property;
    }

    @Override
    public Optional<GraphEdit> mergeWith(GraphEdit next) {
        if (next instanceof ReplaceEdge && ((ReplaceEdge) next).edge().id().equals(edge.id())
                && ((ReplaceEdge) next).property().equals(property)) {
            return Optional.of(next);
        }
        return Optional.empty();
    }
}
