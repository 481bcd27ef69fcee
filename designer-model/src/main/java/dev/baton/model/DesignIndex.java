// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups over one design: nodes by id and edges by endpoint. Where ids are duplicated the first occurrence wins
 * (the validator reports the duplicate). Built in linear time; not updated when the design changes.
 */
public final class DesignIndex {
    private final Design design;
    private final Map<NodeId, Node> nodes;
    private final Map<NodeId, List<Edge>> outgoing;
    private final Map<NodeId, List<Edge>> incoming;

    DesignIndex(Design design) {
        this.design = design;
        this.nodes = new HashMap<>(design.nodes().size() * 2);
        for (Node n : design.nodes()) {
            nodes.putIfAbsent(n.id(), n);
        }
        this.outgoing = new HashMap<>();
        this.incoming = new HashMap<>();
        for (Edge e : design.edges()) {
            outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            incoming.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
    }

    public Design design() {
        return design;
    }

    public Optional<Node> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public boolean contains(NodeId id) {
        return nodes.containsKey(id);
    }

    /** Edges leaving {@code id}, in file order. */
    public List<Edge> outgoing(NodeId id) {
        return Collections.unmodifiableList(outgoing.getOrDefault(id, List.of()));
    }

    /** Edges entering {@code id}, in file order. */
    public List<Edge> incoming(NodeId id) {
        return Collections.unmodifiableList(incoming.getOrDefault(id, List.of()));
    }

    /** Edges of {@code kind} leaving {@code id}, in file order. */
    public List<Edge> outgoing(NodeId id, EdgeKind kind) {
        List<Edge> result = new ArrayList<>();
        for (Edge e : outgoing(id)) {
            if (e.kind() == kind) {
                result.add(e);
            }
        }
        return result;
    }

    /** Nodes of {@code kind}, in file order (duplicates included). */
    public List<Node> nodesOfKind(NodeKind kind) {
        List<Node> result = new ArrayList<>();
        for (Node n : design.nodes()) {
            if (n.kind() == kind) {
                result.add(n);
            }
        }
        return result;
    }
}
