// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Node;
import java.util.Optional;

/**
 * Replaces one node's label or settings (property sheet edits). Successive changes of the same property of the
 * same node (typing "8000" key by key) merge into one undo step.
 *
 * @param property the property name, used for merging and the undo label
 */
public record ReplaceNode(Node node, String property) implements GraphEdit {
    @Override
    public Design apply(Design design) {
        return design.updateNode(node.id(), old -> node);
    }

    @Override
    public String label() {
        return "Edit " + property;
    }

    @Override
    public Optional<GraphEdit> mergeWith(GraphEdit next) {
        if (next instanceof ReplaceNode && ((ReplaceNode) next).node().id().equals(node.id())
                && ((ReplaceNode) next).property().equals(property)) {
            return Optional.of(next);
        }
        return Optional.empty();
    }
}
