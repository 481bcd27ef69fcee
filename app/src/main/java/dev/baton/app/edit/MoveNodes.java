// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts nodes at new positions. A mouse drag emits one of these on release; auto-layout emits one for the whole
 * design. Keyboard nudges of the same nodes merge into one step.
 */
public record MoveNodes(Map<NodeId, Position> positions, String label) implements GraphEdit {
    public static final String NUDGE = "Nudge";

    public MoveNodes {
        positions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    @Override
    public Design apply(Design design) {
        List<Node> moved = new ArrayList<>(design.nodes().size());
        for (Node n : design.nodes()) {
            Position p = positions.get(n.id());
            moved.add(p == null ? n : n.withPosition(p));
        }
        return design.withNodes(moved);
    }

    @Override
    public Optional<GraphEdit> mergeWith(GraphEdit next) {
        if (NUDGE.equals(label) && next instanceof MoveNodes && NUDGE.equals(((MoveNodes) next).label())
                && ((MoveNodes) next).positions().keySet().equals(positions.keySet())) {
            return Optional.of(next);
        }
        return Optional.empty();
    }
}
