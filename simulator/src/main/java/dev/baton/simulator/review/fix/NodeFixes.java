// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.fix;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.Invocations;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorSpec;
import dev.baton.simulator.review.Fix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Fixes that change the settings of existing nodes and edges; none adds or removes an element. */
public final class NodeFixes {
    private NodeFixes() {}

    /** Gives every model-backed node without one a token budget, and the task a ceiling if it has none. */
    public static Fix tokenBudgets() {
        return new Fix("Give every agent a token budget of " + FixDefaults.TOKEN_BUDGET + " per invocation and the "
                + "task a hard token ceiling", d -> {
            Design fixed = mapNodes(d, n -> n.withSpec(Invocations.update(n.spec(),
                    inv -> inv.tokenBudget().isPresent() ? inv : inv.withTokenBudget(
                            OptionalLong.of(FixDefaults.TOKEN_BUDGET)))));
            if (fixed.policy().tokenCeiling().isEmpty() && fixed.policy().costCeilingUsd().isEmpty()) {
                fixed = fixed.withPolicy(fixed.policy().withTokenCeiling(FixDefaults.POLICY.tokenCeiling()));
            }
            return fixed;
        });
    }

    /** Gives every agent without one a typed output contract, so it answers with a checkable envelope. */
    public static Fix outputContracts() {
        return new Fix("Give every worker a typed output contract", d -> mapNodes(d, NodeFixes::withContract));
    }

    /** Makes failing orchestrators re-plan on a failed subtask, at least once. */
    public static Fix replan() {
        return new Fix("Re-plan when a subtask fails (at least one re-plan)", d -> mapNodes(d, n -> {
            if (n.kind() != NodeKind.ORCHESTRATOR) {
                return n;
            }
            OrchestratorSpec o = (OrchestratorSpec) n.spec();
            FailurePolicy p = o.failurePolicy();
            FailurePolicy fixed = p.replans() ? p : new FailurePolicy(FailureAction.REPLAN, p.onPartial(), p.onTimeout());
            return n.withSpec(o.withFailurePolicy(fixed).withMaxReplans(Math.max(1, o.maxReplans())));
        }));
    }

    /** Gives every delegated node a timeout and every delegated worker an output contract. */
    public static Fix guardDelegation() {
        return new Fix("Give every delegated subtask a timeout of " + FixDefaults.INVOCATION_TIMEOUT.toSeconds()
                + " s and an output contract", d -> {
            Set<NodeId> delegated = new HashSet<>();
            for (Edge e : d.edges()) {
                if (e.kind() == EdgeKind.DELEGATE) {
                    delegated.add(e.to());
                }
            }
            return mapNodes(d, n -> {
                if (!delegated.contains(n.id())) {
                    return n;
                }
                Node timed = n.withSpec(Invocations.update(n.spec(), inv -> inv.timeout().isPresent() ? inv
                        : inv.withTimeout(Optional.of(FixDefaults.INVOCATION_TIMEOUT))));
                return withContract(timed);
            });
        });
    }

    /** Gives a planner a completion criterion and max rounds where they are missing. */
    public static Fix boundPlanner(NodeId planner) {
        return new Fix("Stop planner " + planner + " at confidence " + FixDefaults.PLANNER_MIN_CONFIDENCE + " or after "
                + FixDefaults.PLANNER_MAX_ROUNDS + " rounds", d -> updateSpec(d, planner, PlannerSpec.class, p -> {
            PlannerSpec bounded = p;
            if (bounded.completion().isEmpty()) {
                bounded = bounded.withCompletion(Optional.of(CompletionCriterion.confidenceAtLeast(
                        FixDefaults.PLANNER_MIN_CONFIDENCE)));
            }
            if (bounded.maxRounds().isEmpty()) {
                bounded = bounded.withMaxRounds(OptionalInt.of(FixDefaults.PLANNER_MAX_ROUNDS));
            }
            return bounded;
        }));
    }

    /** Makes a store detect conflicting writes (versioned compare-and-set). */
    public static Fix optimisticConcurrency(NodeId store) {
        return new Fix("Use optimistic concurrency (versioned compare-and-set) on store " + store,
                d -> updateSpec(d, store, StoreSpec.class,
                        s -> new StoreSpec(ConcurrencyControl.OPTIMISTIC, s.partitionKey())));
    }

    /** Gives the task a shared retry budget and the tool a circuit breaker, where each is missing. */
    public static Fix retryGuards(NodeId tool) {
        return new Fix("Share one retry budget across the task and put a circuit breaker on tool " + tool, d -> {
            Design fixed = d;
            if (fixed.policy().sharedRetryBudget().isEmpty()) {
                fixed = fixed.withPolicy(fixed.policy().withSharedRetryBudget(FixDefaults.POLICY.sharedRetryBudget()));
            }
            if (fixed.policy().circuitBreaker().isEmpty()) {
                fixed = updateSpec(fixed, tool, ToolSpec.class, t -> t.circuitBreaker().isPresent() ? t
                        : t.withCircuitBreaker(FixDefaults.POLICY.circuitBreaker()));
            }
            return fixed;
        });
    }

    /** Makes every task-carrying edge pass the constraints as typed fields. */
    public static Fix typedConstraints() {
        return new Fix("Pass the task's constraints as typed fields on every edge", d -> {
            List<Edge> edges = new ArrayList<>(d.edges().size());
            for (Edge e : d.edges()) {
                edges.add(e.constraintPassing() == ConstraintPassing.PROSE && e.kind().carriesTask()
                        ? e.withConstraintPassing(ConstraintPassing.TYPED) : e);
            }
            return d.withEdges(edges);
        });
    }

    /** Gives a validator a confidence threshold. */
    public static Fix validatorThreshold(NodeId validator) {
        return new Fix("Set validator " + validator + "'s confidence threshold to " + FixDefaults.VALIDATOR_THRESHOLD,
                d -> updateSpec(d, validator, ValidatorSpec.class,
                        v -> v.withConfidenceThreshold(OptionalDouble.of(FixDefaults.VALIDATOR_THRESHOLD))));
    }

    static Node withContract(Node n) {
        if (n.kind() == NodeKind.AGENT) {
            AgentSpec a = (AgentSpec) n.spec();
            if (a.outputContract().isEmpty()) {
                return n.withSpec(a.withOutputContract(Optional.of(FixDefaults.OUTPUT_CONTRACT)));
            }
        }
        return n;
    }

    /**
     * Changes the settings of the nodes with {@code id} whose settings are a {@code type}; a duplicated id of
     * another kind (a broken file) is left alone.
     */
    static <T extends NodeSpec> Design updateSpec(Design d, NodeId id, Class<T> type, UnaryOperator<T> change) {
        return mapNodes(d, n -> n.id().equals(id) && type.isInstance(n.spec())
                ? n.withSpec(change.apply(type.cast(n.spec()))) : n);
    }

    static Design mapNodes(Design d, UnaryOperator<Node> change) {
        List<Node> nodes = new ArrayList<>(d.nodes().size());
        for (Node n : d.nodes()) {
            nodes.add(change.apply(n));
        }
        return d.withNodes(nodes);
    }
}
