// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Extensions;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import dev.baton.model.spec.NodeSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A terse way to write test designs: nodes and edges in file order, edge ids numbered. */
final class DesignBuilder {
    static final Invocation GUARDED = new Invocation(Optional.empty(), Optional.empty(), "", OptionalLong.of(4_000),
            Optional.of(Duration.ofSeconds(30)), RetryPolicy.NONE);
    static final DataContract CONTRACT = DataContract.of(new ContractField("answer", FieldType.STRING, true));

    private final String name;
    private TaskPolicy policy;
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

    DesignBuilder proseEdge(EdgeKind kind, String from, String to) {
        edges.add(new Edge(EdgeId.of("e" + (edges.size() + 1)), kind, NodeId.of(from), NodeId.of(to), "",
                ConstraintPassing.PROSE, Extensions.NONE));
        return this;
    }

    Design build() {
        return new Design(name, "", policy, nodes, edges, ScriptSet.NONE, Extensions.NONE);
    }

    /** A worker with a budget, a timeout and a typed contract. */
    static AgentSpec worker(String role) {
        return new AgentSpec(role, GUARDED, Optional.of(CONTRACT), false);
    }

    static OrchestratorSpec orchestrator() {
        return OrchestratorSpec.defaults().withInvocation(GUARDED);
    }

    static PlannerSpec planner() {
        return PlannerSpec.defaults().withInvocation(GUARDED);
    }

    /** A result validator: threshold, schema and claim checks, escalating rejects. */
    static ValidatorSpec validator() {
        return new ValidatorSpec(GUARDED, OptionalDouble.of(0.8),
                List.of(ValidatorCheck.of(CheckKind.SCHEMA), ValidatorCheck.of(CheckKind.CLAIM_VERIFICATION)),
                RejectAction.ESCALATE);
    }
}
