// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.layout;

import dev.baton.app.canvas.NodeGeometry;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Auto-layout of a whole design with ELK Layered, left to right: the intake on the left, the result on the right,
 * layers of delegation in between. Pure computation on the model (no JavaFX), so it can run off the FX thread;
 * the result is one {@code MoveNodes} edit, so layout is undoable in one step.
 */
public final class AutoLayout {
    private static final double NODE_SPACING = 40;
    private static final double LAYER_SPACING = 90;
    private static final double MARGIN = 40;

    /** New top-left positions for every node, snapped to the grid. */
    public Map<NodeId, Position> layout(Design design) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.SPLINES);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        Map<NodeId, ElkNode> elkNodes = new HashMap<>();
        Map<NodeId, Node> byId = new LinkedHashMap<>();
        for (Node n : design.nodes()) {
            if (byId.putIfAbsent(n.id(), n) != null) {
                continue; // a duplicated id (broken file): lay out the first, leave the rest where they are
            }
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setWidth(NodeGeometry.width(n));
            e.setHeight(NodeGeometry.height(n));
            elkNodes.put(n.id(), e);
        }
        for (Edge e : design.edges()) {
            ElkNode from = elkNodes.get(e.from());
            ElkNode to = elkNodes.get(e.to());
            if (from != null && to != null && from != to) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<NodeId, Position> positions = new LinkedHashMap<>();
        for (Map.Entry<NodeId, Node> entry : byId.entrySet()) {
            ElkNode e = elkNodes.get(entry.getKey());
            positions.put(entry.getKey(), new Position(NodeGeometry.snap(e.getX() + MARGIN),
                    NodeGeometry.snap(e.getY() + MARGIN)));
        }
        return positions;
    }
}
