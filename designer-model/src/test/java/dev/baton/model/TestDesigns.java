// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.NodeSpec;
import java.util.Optional;

/** Named design fixtures for model tests. */
public final class TestDesigns {
    private TestDesigns() {}

    public static Node node(String id, NodeKind kind) {
        return new Node(NodeId.of(id), id, Position.ORIGIN, NodeSpec.defaults(kind));
    }

    public static Edge edge(String id, EdgeKind kind, String from, String to) {
        return new Edge(EdgeId.of(id), kind, NodeId.of(from), NodeId.of(to));
    }

    /** start -> orchestrator -> worker; orchestrator -> end; the orchestrator owns the task. */
    public static Design orchestratorWorker() {
        return Design.empty("orchestrator-worker")
                .withPolicy(TaskPolicy.defaults().withOwner(Optional.of(NodeId.of("orch"))))
                .withNode(node("start", NodeKind.START))
                .withNode(node("orch", NodeKind.ORCHESTRATOR))
                .withNode(node("worker", NodeKind.AGENT))
                .withNode(node("search", NodeKind.TOOL))
                .withNode(node("end", NodeKind.END))
                .withEdge(edge("e1", EdgeKind.DELEGATE, "start", "orch"))
                .withEdge(edge("e2", EdgeKind.DELEGATE, "orch", "worker"))
                .withEdge(edge("e3", EdgeKind.CALL, "worker", "search"))
                .withEdge(edge("e4", EdgeKind.OUTPUT, "orch", "end"));
    }
}
