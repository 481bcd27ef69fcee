// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.spec.NodeSpec;
import java.util.List;

/** Named fixtures for app tests. */
public final class TestDesigns {
    private TestDesigns() {
    }

    public static Node node(String id, NodeKind kind, double x, double y) {
        return new Node(new NodeId(id), id, new Position(x, y), NodeSpec.defaults(kind));
    }

    public static Edge edge(String id, EdgeKind kind, String from, String to) {
        return new Edge(new EdgeId(id), kind, new NodeId(from), new NodeId(to));
    }

    /** start -> orchestrator -> two agents -> end, laid out left to right. */
    public static Design orchestratorWithTwoAgents() {
        return Design.empty("Two agents").withNodes(List.of(
                node("start", NodeKind.START, 0, 100),
                node("orch", NodeKind.ORCHESTRATOR, 200, 100),
                node("a1", NodeKind.AGENT, 500, 0),
                node("a2", NodeKind.AGENT, 500, 200),
                node("end", NodeKind.END, 800, 100))).withEdges(List.of(
                edge("e1", EdgeKind.DELEGATE, "start", "orch"),
                edge("e2", EdgeKind.DELEGATE, "orch", "a1"),
                edge("e3", EdgeKind.DELEGATE, "orch", "a2"),
                edge("e4", EdgeKind.OUTPUT, "orch", "end")));
    }
}
