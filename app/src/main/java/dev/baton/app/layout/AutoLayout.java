// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.layout;

import dev.baton.app.canvas.NodeGeometry;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Auto-layout of a whole design with ELK Layered, left to right: the intake on the left, the result on the right,
 * layers of delegation in between. Handoffs between siblings (peers that one node hands work to, such as
 * specialists handing a case to each other) are left out of the layering, so peers share a column instead of
 * becoming a long chain. ELK places the nodes; {@link LabelRoom} then widens each gap between layers so
 * the edge labels the canvas draws there fit. Pure computation on the model (no JavaFX), so it can run off the FX
 * thread; the result is one {@code MoveNodes} edit, so layout is undoable in one step.
 */
public final class AutoLayout {
    private static final double NODE_SPACING = 40;
    private static final double LAYER_SPACING = 60;
    private static final double MARGIN = 40;
    private static final double EDGE_CLEARANCE = 40;

    /** New top-left positions for every node, snapped to the grid. */
    public Map<NodeId, Position> layout(Design design) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.SPLINES);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        // The canvas draws an edge that skips a layer as one curve: keep the nodes of the skipped layer well clear
        // of the straight line ELK reserves for it.
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_CLEARANCE);
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        // Network simplex keeps chains on one line, so most edges are straight and labels sit on them.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        // Ties are broken by the design's own order, so the same design always gets the same picture.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<NodeId, ElkNode> elkNodes = new HashMap<>();
        Map<NodeId, Node> byId = new LinkedHashMap<>();
        for (Node n : design.nodes()) {
            if (byId.putIfAbsent(n.id(), n) != null) {
                continue; // a duplicated id (broken file): lay out the first, leave the rest where they are
            }
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setWidth(NodeGeometry.width(n));
            e.setHeight(NodeGeometry.height(n));
            // The task comes in on the left and leaves on the right, whatever edges come back to them.
            if (n.kind() == NodeKind.START) {
                e.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            } else if (n.kind() == NodeKind.END) {
                e.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
            }
            elkNodes.put(n.id(), e);
        }
        Set<Edge> lateral = Siblings.lateralEdges(design.edges());
        for (Edge e : design.edges()) {
            ElkNode from = elkNodes.get(e.from());
            ElkNode to = elkNodes.get(e.to());
            if (from != null && to != null && from != to && !lateral.contains(e)) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<NodeId, double[]> boxes = new LinkedHashMap<>();
        for (Map.Entry<NodeId, Node> entry : byId.entrySet()) {
            ElkNode e = elkNodes.get(entry.getKey());
            boxes.put(entry.getKey(), new double[] {e.getX(), e.getY(), e.getWidth(), e.getHeight()});
        }
        Map<NodeId, Double> shifts = LabelRoom.shifts(boxes, design.edges(), LAYER_SPACING);
        Map<NodeId, Position> positions = new LinkedHashMap<>();
        for (Map.Entry<NodeId, double[]> entry : boxes.entrySet()) {
            double[] b = entry.getValue();
            positions.put(entry.getKey(), new Position(NodeGeometry.snap(b[0] + shifts.get(entry.getKey()) + MARGIN),
                    NodeGeometry.snap(b[1] + MARGIN)));
        }
        return positions;
    }
}
