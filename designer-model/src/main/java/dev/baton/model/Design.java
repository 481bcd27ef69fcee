// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ScriptSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole design: the task policy, the nodes and the edges, in file order, the scripts that stand in
 * for agents in demos and tests, and the simulation section (behaviour profiles and fault plans, opaque here).
 * Immutable; every edit returns a new design. Graph-level rules (unique ids, legal edges, one owner) are checked by
 * {@link dev.baton.model.validation.DesignValidator}, not here, so that a broken file can still be opened.
 *
 * <p>This class is threadsafe (immutable).
 */
public record Design(String name, String description, TaskPolicy policy, List<Node> nodes, List<Edge> edges,
        ScriptSet scripts, SimulationData simulation, Extensions extensions) {

    public Design {
        Require.nonNull("design name", name);
        Require.nonNull("design description", description);
        Require.nonNull("policy", policy);
        nodes = List.copyOf(Require.nonNull("nodes", nodes));
        edges = List.copyOf(Require.nonNull("edges", edges));
        Require.nonNull("scripts", scripts);
        Require.nonNull("simulation section", simulation);
        Require.nonNull("design extensions", extensions);
    }

    /** A design without a simulation section. */
    public Design(String name, String description, TaskPolicy policy, List<Node> nodes, List<Edge> edges,
            ScriptSet scripts, Extensions extensions) {
        this(name, description, policy, nodes, edges, scripts, SimulationData.NONE, extensions);
    }

    /** An empty design with the default policy. */
    public static Design empty(String name) {
        return new Design(name, "", TaskPolicy.defaults(), List.of(), List.of(), ScriptSet.NONE, SimulationData.NONE,
                Extensions.NONE);
    }

    /** An index for lookups; build it once per operation on large designs. */
    public DesignIndex index() {
        return new DesignIndex(this);
    }

    /** The first node with {@code id}. */
    public Optional<Node> node(NodeId id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The first edge with {@code id}. */
    public Optional<Edge> edge(EdgeId id) {
        for (Edge e : edges) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Design withName(String value) {
        return new Design(value, description, policy, nodes, edges, scripts, simulation, extensions);
    }

    public Design withDescription(String value) {
        return new Design(name, value, policy, nodes, edges, scripts, simulation, extensions);
    }

    public Design withPolicy(TaskPolicy value) {
        return new Design(name, description, value, nodes, edges, scripts, simulation, extensions);
    }

    public Design withScripts(ScriptSet value) {
        return new Design(name, description, policy, nodes, edges, value, simulation, extensions);
    }

    public Design withSimulation(SimulationData value) {
        return new Design(name, description, policy, nodes, edges, scripts, value, extensions);
    }

    public Design withNodes(List<Node> value) {
        return new Design(name, description, policy, value, edges, scripts, simulation, extensions);
    }

    public Design withEdges(List<Edge> value) {
        return new Design(name, description, policy, nodes, value, scripts, simulation, extensions);
    }

    /** Adds a node at the end. */
    public Design withNode(Node node) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.add(node);
        return withNodes(copy);
    }

    /** Adds an edge at the end. */
    public Design withEdge(Edge edge) {
        List<Edge> copy = new ArrayList<>(edges);
        copy.add(edge);
        return withEdges(copy);
    }

    /** Replaces the node with the given id (every node with it, if the id is duplicated). */
    public Design updateNode(NodeId id, UnaryOperator<Node> change) {
        List<Node> copy = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            copy.add(n.id().equals(id) ? change.apply(n) : n);
        }
        return withNodes(copy);
    }

    /** Replaces the edge with the given id. */
    public Design updateEdge(EdgeId id, UnaryOperator<Edge> change) {
        List<Edge> copy = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            copy.add(e.id().equals(id) ? change.apply(e) : e);
        }
        return withEdges(copy);
    }

    /** Removes a node and every edge touching it. */
    public Design withoutNode(NodeId id) {
        List<Node> keptNodes = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            if (!n.id().equals(id)) {
                keptNodes.add(n);
            }
        }
        List<Edge> keptEdges = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (!e.from().equals(id) && !e.to().equals(id)) {
                keptEdges.add(e);
            }
        }
        return new Design(name, description, policy, keptNodes, keptEdges, scripts, simulation, extensions);
    }

    /** Removes an edge. */
    public Design withoutEdge(EdgeId id) {
        List<Edge> kept = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (!e.id().equals(id)) {
                kept.add(e);
            }
        }
        return withEdges(kept);
    }
}
