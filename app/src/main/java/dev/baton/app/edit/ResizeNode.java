// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.Size;
import java.util.Optional;

/**
 * Gives a node a new box (a drag of its resize handle), or its kind's default size back when {@code size} is
 * empty. Never merges: each drag is its own undo step.
 */
public record ResizeNode(NodeId node, Optional<Size> size) implements GraphEdit {
    @Override
    public Design apply(Design design) {
        return design.updateNode(node, n -> n.withSize(size));
    }

    @Override
    public String label() {
        return "Resize";
    }
}
