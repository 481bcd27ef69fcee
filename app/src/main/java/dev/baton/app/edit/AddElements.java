// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import java.util.ArrayList;
import java.util.List;

/** Adds nodes and edges at the end of the design (drop from the palette, connect, paste, duplicate). */
public record AddElements(List<Node> nodes, List<Edge> edges, String label) implements GraphEdit {
    public AddElements {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (nodes.isEmpty() && edges.isEmpty()) {
            throw new IllegalArgumentException("AddElements needs at least one node or edge, but got none");
        }
    }

    public static AddElements node(Node node) {
        return new AddElements(List.of(node), List.of(), "Add " + node.kind().jsonName());
    }

    public static AddElements edge(Edge edge) {
        return new AddElements(List.of(), List.of(edge), "Connect " + edge.kind().jsonName());
    }

    @Override
    public Design apply(Design design) {
        List<Node> allNodes = new ArrayList<>(design.nodes());
        allNodes.addAll(nodes);
        List<Edge> allEdges = new ArrayList<>(design.edges());
        allEdges.addAll(edges);
        return design.withNodes(allNodes).withEdges(allEdges);
    }
}
