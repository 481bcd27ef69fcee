// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static dev.baton.model.EdgeKind.CALL;
import static dev.baton.model.EdgeKind.CONSULT;
import static dev.baton.model.EdgeKind.DELEGATE;
import static dev.baton.model.EdgeKind.ESCALATE;
import static dev.baton.model.EdgeKind.HANDOFF;
import static dev.baton.model.EdgeKind.OUTPUT;
import static dev.baton.model.EdgeKind.READ;
import static dev.baton.model.EdgeKind.VALIDATE;
import static dev.baton.model.EdgeKind.WRITE;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Generated designs of a given size for benchmarks and scale tests: a lead orchestrator delegating to teams of
 * ten (a team orchestrator or planner, six agents in a handoff cycle, a tool, a store and a validator), a shared
 * tool, a result validator and a human.
 */
final class LargeDesigns {
    private static final int TEAM_SIZE = 10;

    private LargeDesigns() {}

    /** About {@code nodes} nodes, every guard set: the review finds almost nothing, but walks everything. */
    static Design guarded(int nodes) {
        Invocation inv = new Invocation(Optional.empty(), Optional.empty(), "", OptionalLong.of(4_000),
                Optional.of(Duration.ofSeconds(30)), new RetryPolicy(2, Duration.ofSeconds(1), 2.0));
        AgentSpec agent = new AgentSpec("worker", inv,
                Optional.of(DataContract.of(new ContractField("answer", FieldType.STRING, true))), false);
        ValidatorSpec validator = new ValidatorSpec(inv, OptionalDouble.of(0.8),
                List.of(ValidatorCheck.of(CheckKind.SCHEMA)), RejectAction.ESCALATE);
        return generate(nodes, TaskPolicy.defaults().withOwner(Optional.of(NodeId.of("lead"))),
                OrchestratorSpec.defaults().withInvocation(inv), PlannerSpec.defaults().withInvocation(inv), agent,
                validator);
    }

    /** The same graph with nothing set: many findings, each naming many nodes. */
    static Design unguarded(int nodes) {
        return generate(nodes, TaskPolicy.UNSET, OrchestratorSpec.defaults(),
                new PlannerSpec(Invocation.DEFAULTS, Optional.empty(), java.util.OptionalInt.empty()),
                AgentSpec.defaults().withHighStakes(true), ValidatorSpec.defaults());
    }

    private static Design generate(int nodes, TaskPolicy policy, OrchestratorSpec orchestrator, PlannerSpec planner,
            AgentSpec agent, ValidatorSpec validator) {
        DesignBuilder b = new DesignBuilder("generated-" + nodes, policy)
                .node("start", StartSpec.defaults())
                .node("lead", orchestrator)
                .node("shared-api", ToolSpec.defaults())
                .node("gate", validator)
                .node("human", HumanSpec.defaults())
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "lead")
                .edge(VALIDATE, "lead", "gate")
                .edge(OUTPUT, "gate", "end")
                .edge(ESCALATE, "gate", "human");
        int teams = Math.max(1, (nodes - 6) / TEAM_SIZE);
        for (int t = 0; t < teams; t++) {
            String p = "t" + t + "-";
            boolean planning = t % 4 == 3;
            b.node(p + "head", planning ? planner : orchestrator).edge(DELEGATE, "lead", p + "head");
            b.node(p + "tool", ToolSpec.defaults()).node(p + "store", StoreSpec.defaults())
                    .node(p + "check", validator);
            for (int a = 0; a < 6; a++) {
                String id = p + "a" + a;
                b.node(id, agent)
                        .edge(planning ? CONSULT : DELEGATE, p + "head", id)
                        .edge(CALL, id, p + "tool")
                        .edge(a % 2 == 0 ? WRITE : READ, id, p + "store")
                        .edge(HANDOFF, id, p + "a" + ((a + 1) % 6));
                if (a == 0) {
                    b.edge(CALL, id, "shared-api");
                }
            }
            b.edge(VALIDATE, p + "a5", p + "check").edge(VALIDATE, p + "head", p + "check");
        }
        return b.build();
    }
}
