// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copied part of a design: the selected nodes and the edges among them (plus selected edges whose both ends
 * are copied). Pasting gives every element a fresh id, so a fragment can be pasted many times.
 */
public record Fragment(List<Node> nodes, List<Edge> edges) {
    public Fragment {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The selected part of {@code design}. */
    public static Fragment of(Design design, Selection selection) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : design.nodes()) {
            if (selection.contains(n.id())) {
                nodes.add(n);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : design.edges()) {
            if (selection.contains(e.from()) && selection.contains(e.to())) {
                edges.add(e);
            }
        }
        return new Fragment(nodes, edges);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /**
     * The fragment as an edit on {@code design}: fresh ids that do not clash with it, positions moved by
     * (dx, dy). The selection after pasting is {@link AddElements#nodes()} and {@link AddElements#edges()}.
     */
    public AddElements pasteInto(Design design, double dx, double dy) {
        Set<String> taken = new HashSet<>();
        for (Node n : design.nodes()) {
            taken.add(n.id().value());
        }
        for (Edge e : design.edges()) {
            taken.add(e.id().value());
        }
        Map<NodeId, NodeId> renamed = new HashMap<>();
        List<Node> newNodes = new ArrayList<>();
        for (Node n : nodes) {
            NodeId id = new NodeId(Ids.fresh(Ids.stem(n.id().value()), taken));
            renamed.put(n.id(), id);
            Position p = n.position().translate(dx, dy);
            newNodes.add(new Node(id, n.label(), p, n.size(), n.spec(), n.extensions()));
        }
        List<Edge> newEdges = new ArrayList<>();
        for (Edge e : edges) {
            EdgeId id = new EdgeId(Ids.fresh(Ids.stem(e.id().value()), taken));
            newEdges.add(new Edge(id, e.kind(), renamed.get(e.from()), renamed.get(e.to()), e.label(),
                    e.constraintPassing(), e.extensions()));
        }
        return new AddElements(newNodes, newEdges, "Paste");
    }

    /** The selection of what {@code paste} added. */
    public static Selection selectionOf(AddElements paste) {
        Set<NodeId> n = new LinkedHashSet<>();
        paste.nodes().forEach(x -> n.add(x.id()));
        Set<EdgeId> e = new LinkedHashSet<>();
        paste.edges().forEach(x -> e.add(x.id()));
        return new Selection(n, e);
    }
}
