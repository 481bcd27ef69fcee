// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.Invocations;
import dev.baton.model.spec.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an adapter needs to know about one node of a design: its invocation settings, its output contract and the
 * nodes its answer may name (handoff, delegate and consult targets, tools, stores). Immutable.
 *
 * @param invocation the node's invocation settings; {@link Invocation#DEFAULTS} for tools
 * @param role the agent's role text; empty for other kinds
 */
public record NodeBinding(Node node, Invocation invocation, String role, Optional<DataContract> outputContract,
        List<NodeId> handoffTargets, List<NodeId> delegateTargets, List<NodeId> consultTargets, List<NodeId> tools,
        List<NodeId> stores) {

    public NodeBinding {
        handoffTargets = List.copyOf(handoffTargets);
        delegateTargets = List.copyOf(delegateTargets);
        consultTargets = List.copyOf(consultTargets);
        tools = List.copyOf(tools);
        stores = List.copyOf(stores);
    }

    public NodeId id() {
        return node.id();
    }

    /** The binding of {@code node} in {@code design}. */
    public static NodeBinding of(Design design, Node node) {
        NodeSpec spec = node.spec();
        Invocation invocation = Invocations.of(spec).orElse(Invocation.DEFAULTS);
        String role = spec instanceof AgentSpec ? ((AgentSpec) spec).role() : "";
        Optional<DataContract> contract = spec instanceof AgentSpec ? ((AgentSpec) spec).outputContract()
                : Optional.empty();
        return new NodeBinding(node, invocation, role, contract, targets(design, node, EdgeKind.HANDOFF),
                targets(design, node, EdgeKind.DELEGATE), targets(design, node, EdgeKind.CONSULT),
                targets(design, node, EdgeKind.CALL), targets(design, node, EdgeKind.WRITE));
    }

    private static List<NodeId> targets(Design design, Node node, EdgeKind kind) {
        List<NodeId> out = new ArrayList<>();
        for (Edge e : design.edges()) {
            if (e.kind() == kind && e.from().equals(node.id())) {
                out.add(e.to());
            }
        }
        return out;
    }
}
