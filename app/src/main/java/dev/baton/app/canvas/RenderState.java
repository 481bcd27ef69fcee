// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.edit.Selection;
import dev.baton.app.validation.Problem;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import java.util.Map;
import java.util.Set;

/**
 * Everything besides the design that changes what the canvas shows: selection, findings, and the gesture in
 * progress (a drag preview, a connection being drawn, a rubber band). Mutable, owned by one canvas.
 */
public final class RenderState {
    Selection selection = Selection.EMPTY;
    Map<NodeId, Problem.Severity> nodeProblems = Map.of();
    Set<EdgeId> edgeProblems = Set.of();
    /** Nodes being dragged and the drag offset in world units. */
    Set<NodeId> moving = Set.of();
    double moveDx;
    double moveDy;
    /** A connection drag: its source, the cursor in world units and the nodes it may legally end on. */
    NodeId connectFrom;
    double connectX;
    double connectY;
    Set<NodeId> legalTargets = Set.of();
    /** A node being dragged in from the palette: its kind and top-left corner in world units, or null. */
    dev.baton.model.NodeKind ghostKind;
    double ghostX;
    double ghostY;
    /** Rubber band corners in world units, or null. */
    double[] rubberBand;

    public Selection selection() {
        return selection;
    }

    public void setSelection(Selection value) {
        selection = value;
    }

    public void setProblems(Map<NodeId, Problem.Severity> nodes, Set<EdgeId> edges) {
        nodeProblems = Map.copyOf(nodes);
        edgeProblems = Set.copyOf(edges);
    }

    public boolean connecting() {
        return connectFrom != null;
    }
}
