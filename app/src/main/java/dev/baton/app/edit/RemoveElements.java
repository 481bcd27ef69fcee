// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Removes nodes (with every edge touching them) and edges, in one pass so that large deletes stay linear. */
public record RemoveElements(Set<NodeId> nodes, Set<EdgeId> edges, String label) implements GraphEdit {
    public RemoveElements {
        nodes = Set.copyOf(nodes);
        edges = Set.copyOf(edges);
    }

    @Override
    public Design apply(Design design) {
        List<Node> keptNodes = new ArrayList<>(design.nodes().size());
        for (Node n : design.nodes()) {
            if (!nodes.contains(n.id())) {
                keptNodes.add(n);
            }
        }
        List<Edge> keptEdges = new ArrayList<>(design.edges().size());
        for (Edge e : design.edges()) {
            if (!edges.contains(e.id()) && !nodes.contains(e.from()) && !nodes.contains(e.to())) {
                keptEdges.add(e);
            }
        }
        return design.withNodes(keptNodes).withEdges(keptEdges);
    }
}
