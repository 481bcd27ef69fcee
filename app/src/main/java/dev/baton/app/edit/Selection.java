// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The selected nodes and edges. View state, not document state: it is not saved, but the command stack records it
 * around each edit so that undo and redo can put it back.
 */
public record Selection(Set<NodeId> nodes, Set<EdgeId> edges) {
    public static final Selection EMPTY = new Selection(Set.of(), Set.of());

    public Selection {
        nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
        edges = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(edges));
    }

    public static Selection ofNode(NodeId id) {
        return new Selection(Set.of(id), Set.of());
    }

    public static Selection ofEdge(EdgeId id) {
        return new Selection(Set.of(), Set.of(id));
    }

    /** Everything in {@code design}. */
    public static Selection all(Design design) {
        Set<NodeId> n = new LinkedHashSet<>();
        for (Node node : design.nodes()) {
            n.add(node.id());
        }
        Set<EdgeId> e = new LinkedHashSet<>();
        for (Edge edge : design.edges()) {
            e.add(edge.id());
        }
        return new Selection(n, e);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }

    public boolean contains(NodeId id) {
        return nodes.contains(id);
    }

    public boolean contains(EdgeId id) {
        return edges.contains(id);
    }

    /** This selection with {@code id} added, or removed if it was there (shift-click). */
    public Selection toggle(NodeId id) {
        Set<NodeId> n = new LinkedHashSet<>(nodes);
        if (!n.remove(id)) {
            n.add(id);
        }
        return new Selection(n, edges);
    }

    public Selection toggle(EdgeId id) {
        Set<EdgeId> e = new LinkedHashSet<>(edges);
        if (!e.remove(id)) {
            e.add(id);
        }
        return new Selection(nodes, e);
    }

    /** Only the parts that still exist in {@code design} (after undo removed some of them). */
    public Selection retainIn(Design design) {
        Set<NodeId> present = new HashSet<>();
        for (Node n : design.nodes()) {
            present.add(n.id());
        }
        Set<NodeId> n = new LinkedHashSet<>(nodes);
        n.retainAll(present);
        Set<EdgeId> presentEdges = new HashSet<>();
        for (Edge e : design.edges()) {
            presentEdges.add(e.id());
        }
        Set<EdgeId> e = new LinkedHashSet<>(edges);
        e.retainAll(presentEdges);
        return new Selection(n, e);
    }
}
