// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Extensions;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import dev.baton.model.SimulationData;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.spec.NodeSpec;
import java.util.ArrayList;
import java.util.List;

/** A terse way to write test designs: nodes and edges in file order, edge ids numbered {@code e1, e2...}. */
final class DesignBuilder {
    private final String name;
    private final TaskPolicy policy;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    DesignBuilder(String name, TaskPolicy policy) {
        this.name = name;
        this.policy = policy;
    }

    DesignBuilder node(String id, NodeSpec spec) {
        nodes.add(new Node(NodeId.of(id), id, new Position(nodes.size() * 100, 0), spec));
        return this;
    }

    DesignBuilder edge(EdgeKind kind, String from, String to) {
        edges.add(new Edge(EdgeId.of("e" + (edges.size() + 1)), kind, NodeId.of(from), NodeId.of(to)));
        return this;
    }

    Design build() {
        return new Design(name, "", policy, nodes, edges, ScriptSet.NONE, SimulationData.NONE, Extensions.NONE);
    }
}
