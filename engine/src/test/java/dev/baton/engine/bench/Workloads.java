// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.bench;

import static dev.baton.engine.fixtures.DesignDsl.agent;
import static dev.baton.engine.fixtures.DesignDsl.invocation;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.SubtaskOutcome;
import dev.baton.engine.core.SubtaskRequest;
import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.time.Behaviour;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.CircuitBreakerSettings;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.StartSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * W1, W2 and W3 of WORKLOADS.md as designs with every guard on (token and cost ceilings, run deadline, hop cap,
 * shared retry budget, breaker settings, per-call budgets and deadlines), and their stub nodes as a
 * {@link Behaviour} doing the few integer operations of the workload.
 */
final class Workloads {
    static final NodeId WORKER = new NodeId("worker");
    static final NodeId[] AGENTS = new NodeId[12];
    static final java.util.Map<NodeId, Integer> INDEX = new java.util.HashMap<>();

    static {
        for (int i = 0; i < AGENTS.length; i++) {
            AGENTS[i] = new NodeId("agent_" + i);
            INDEX.put(AGENTS[i], i);
        }
    }

    private Workloads() {}

    static TaskPolicy guarded(int hopCap) {
        return TaskPolicy.defaults().withTokenCeiling(OptionalLong.of(10_000_000))
                .withCostCeilingUsd(Optional.of(new BigDecimal("1000")))
                .withHopCap(OptionalInt.of(hopCap))
                .withCircuitBreaker(Optional.of(CircuitBreakerSettings.DEFAULTS));
    }

    static Design w1() {
        return new DesignDsl("W1").policy(guarded(16))
                .node("start", StartSpec.defaults())
                .node("orchestrator", new OrchestratorSpec(invocation(1_000, Duration.ofSeconds(30), 2),
                        FailurePolicy.DEFAULTS, 1))
                .node("worker", agent(1_000, Duration.ofSeconds(30), 2))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "orchestrator")
                .edge(EdgeKind.DELEGATE, "orchestrator", "worker")
                .edge(EdgeKind.OUTPUT, "orchestrator", "end")
                .build();
    }

    static Design w2(int hopCap) {
        DesignDsl d = new DesignDsl("W2").policy(guarded(hopCap))
                .node("start", StartSpec.defaults()).node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "agent_0");
        for (int i = 0; i < 12; i++) {
            d.node("agent_" + i, agent(1_000, Duration.ofSeconds(30), 1));
            if (i < 11) {
                d.edge(EdgeKind.HANDOFF, "agent_" + i, "agent_" + (i + 1));
            }
        }
        return d.edge(EdgeKind.OUTPUT, "agent_11", "end").build();
    }

    static Design w3() {
        return new DesignDsl("W3").policy(guarded(16))
                .node("start", StartSpec.defaults())
                .node("manager", new PlannerSpec(invocation(1_000, Duration.ofSeconds(30), 1),
                        Optional.of(CompletionCriterion.confidenceAtLeast(0.9)), OptionalInt.of(100)))
                .node("specialist", agent(1_000, Duration.ofSeconds(30), 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "manager")
                .edge(EdgeKind.CONSULT, "manager", "specialist")
                .edge(EdgeKind.OUTPUT, "manager", "end")
                .build();
    }

    /** W1's nodes: orchestrator (plan and aggregate) and worker. Input: the run index as an Integer. */
    static final class W1Nodes implements Behaviour {
        @Override
        public AgentReply respond(AgentCall call) {
            switch (call.purpose()) {
                case PLAN: {
                    int k = (Integer) call.input();
                    List<SubtaskRequest> subtasks = new ArrayList<>(10);
                    for (int i = 0; i < 10; i++) {
                        subtasks.add(new SubtaskRequest(WORKER, 10 * k + i));
                    }
                    return AgentReply.plan(subtasks, null, 1.0, 10, 10, 0);
                }
                case WORK:
                    return AgentReply.success(2 * (Integer) call.input() + 1, 1.0, 10, 10, 0);
                case SYNTHESIZE: {
                    long total = 0;
                    for (SubtaskOutcome o : call.outcomes()) {
                        total += (Integer) o.result();
                    }
                    return AgentReply.success(total, 1.0, 10, 10, 0);
                }
                default:
                    throw new AssertionError("unhandled " + call.purpose());
            }
        }
    }

    /** W2's state, passed along the chain. */
    static final class W2State {
        final int task;
        int hops;
        long acc;

        W2State(int task) {
            this.task = task;
        }
    }

    /** W2's agents: {@code hops += 1; acc = acc*31 + i}, then hand off to the next (route decided at run time). */
    static final class W2Nodes implements Behaviour {
        @Override
        public AgentReply respond(AgentCall call) {
            W2State s = call.input() instanceof W2State ? (W2State) call.input() : new W2State((Integer) call.input());
            int i = INDEX.get(call.node());
            s.hops++;
            s.acc = s.acc * 31 + i;
            if (i == 11) {
                return AgentReply.success(s, 1.0, 10, 10, 0);
            }
            return AgentReply.handoff(AGENTS[i + 1], s, 10, 10, 0);
        }
    }

    /** W3's state. */
    static final class W3State {
        int iter;
        long acc;
    }

    /** W3: the manager routes to the specialist while iter < 20; the specialist adds 2*iter+1. */
    static final class W3Nodes implements Behaviour {
        @Override
        public AgentReply respond(AgentCall call) {
            if (call.purpose() == dev.baton.engine.core.CallPurpose.REVIEW) {
                W3State s = call.outcomes().isEmpty() ? new W3State() : (W3State) call.outcomes().get(0).result();
                return AgentReply.success(s, s.iter < 20 ? 0.5 : 1.0, 10, 10, 0);
            }
            W3State s = (W3State) call.input();
            s.acc += 2L * s.iter + 1;
            s.iter++;
            return AgentReply.success(s, 1.0, 10, 10, 0);
        }
    }
}
