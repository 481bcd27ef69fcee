// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.CircuitBreakerSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A design compiled for running: nodes and edges resolved to indexes, the task policy resolved against the
 * engine's {@link EngineLimits}. Compile once and run it many times; it is immutable and threadsafe.
 */
public final class RunPlan {
    final Design design;
    final EngineLimits limits;
    final NodePlan[] nodes;
    final Map<NodeId, NodePlan> byId;
    final NodePlan start;
    /** The node the task is delegated to first (an orchestrator, a planner or an agent). */
    final NodePlan entry;
    /** The owner node (kind owner) that decides at the hop cap; null if the design has none. */
    final NodePlan owner;
    final long tokenCeiling;
    final long costCeilingMicros;
    final long runTimeoutNanos;
    final boolean runTimeoutIsSafety;
    final int hopCap;
    final boolean hopCapIsSafety;
    final int maxCalls;
    final boolean maxCallsIsSafety;
    /** -1 = no shared retry budget (and no error registry). */
    final int retryBudget;
    final List<Constraint> constraints;
    final int[] finalValidators;
    final int storeCount;
    final int toolCount;
    /** The breaker settings of model endpoints: the task's, else the defaults. */
    final CircuitBreakerSettings endpointBreaker;

    private RunPlan(Design design, EngineLimits limits) {
        this.design = design;
        this.limits = limits;
        TaskPolicy policy = design.policy();
        List<Node> list = design.nodes();
        this.nodes = new NodePlan[list.size()];
        this.byId = new HashMap<>(list.size() * 2);
        int stores = 0;
        int tools = 0;
        for (int i = 0; i < nodes.length; i++) {
            Node n = list.get(i);
            if (byId.containsKey(n.id())) {
                throw new IllegalArgumentException(where(design) + "node id \"" + n.id().value() + "\" appears twice");
            }
            nodes[i] = new NodePlan(i, n, limits.defaultCallTokenMax(), policy.circuitBreaker().orElse(null));
            byId.put(n.id(), nodes[i]);
            if (n.kind() == NodeKind.STORE) {
                nodes[i].slot = stores++;
            } else if (n.kind() == NodeKind.TOOL) {
                nodes[i].slot = tools++;
            }
        }
        this.storeCount = stores;
        this.toolCount = tools;
        wireEdges(design);
        this.start = single(design, NodeKind.START);
        this.entry = resolveEntry(design);
        this.owner = resolveOwner(design, policy);
        this.tokenCeiling = policy.tokenCeiling().isPresent() ? policy.tokenCeiling().getAsLong() : -1;
        this.costCeilingMicros = policy.costCeilingUsd().isPresent()
                ? policy.costCeilingUsd().get().multiply(BigDecimal.valueOf(1_000_000)).longValue() : -1;
        this.runTimeoutIsSafety = policy.wallClockTimeout().isEmpty();
        this.runTimeoutNanos = policy.wallClockTimeout().orElse(limits.safetyRunTimeout()).toNanos();
        this.hopCapIsSafety = policy.hopCap().isEmpty();
        this.hopCap = policy.hopCap().orElse(limits.safetyHopCap());
        this.maxCallsIsSafety = policy.termination().maxAgentCalls().isEmpty();
        this.maxCalls = policy.termination().maxAgentCalls().orElse(limits.safetyMaxCalls());
        this.retryBudget = policy.sharedRetryBudget().orElse(-1);
        this.constraints = policy.constraints();
        this.endpointBreaker = policy.circuitBreaker().orElse(CircuitBreakerSettings.DEFAULTS);
        List<Integer> finals = new ArrayList<>();
        for (NodePlan n : nodes) {
            if (n.kind == NodeKind.VALIDATOR && n.outputsToEnd) {
                finals.add(n.index);
            }
        }
        this.finalValidators = finals.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Compiles a design. Fails with a message naming the design and the rule when it cannot run: no start node,
     * no entry, an edge to an unknown node, an owner that cannot own the task.
     */
    public static RunPlan compile(Design design, EngineLimits limits) {
        return new RunPlan(design, limits);
    }

    public static RunPlan compile(Design design) {
        return compile(design, EngineLimits.defaults());
    }

    public Design design() {
        return design;
    }

    public EngineLimits limits() {
        return limits;
    }

    /** The node with {@code id}, or null. */
    public NodePlan node(NodeId id) {
        return byId.get(id);
    }

    public NodePlan entry() {
        return entry;
    }

    private void wireEdges(Design design) {
        Map<NodePlan, Map<EdgeKind, List<Edge>>> out = new HashMap<>();
        for (Edge e : design.edges()) {
            NodePlan from = byId.get(e.from());
            NodePlan to = byId.get(e.to());
            if (from == null || to == null) {
                throw new IllegalArgumentException(where(design) + "edge \"" + e.id().value() + "\" connects unknown node \""
                        + (from == null ? e.from() : e.to()).value() + "\"");
            }
            if (!e.kind().allows(from.kind, to.kind)) {
                throw new IllegalArgumentException(where(design) + "edge \"" + e.id().value() + "\" (" + e.kind().jsonName()
                        + " from " + from.kind.jsonName() + " to " + to.kind.jsonName() + ") is illegal: "
                        + e.kind().rule());
            }
            out.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<NodePlan, Map<EdgeKind, List<Edge>>> entry : out.entrySet()) {
            NodePlan n = entry.getKey();
            Map<EdgeKind, List<Edge>> byKind = entry.getValue();
            n.delegates = targets(byKind.get(EdgeKind.DELEGATE));
            n.delegatePassing = passing(byKind.get(EdgeKind.DELEGATE));
            n.handoffs = targets(byKind.get(EdgeKind.HANDOFF));
            n.handoffPassing = passing(byKind.get(EdgeKind.HANDOFF));
            n.consults = targets(byKind.get(EdgeKind.CONSULT));
            n.consultPassing = passing(byKind.get(EdgeKind.CONSULT));
            n.validators = targets(byKind.get(EdgeKind.VALIDATE));
            n.escalations = targets(byKind.get(EdgeKind.ESCALATE));
            n.tools = targets(byKind.get(EdgeKind.CALL));
            n.reads = targets(byKind.get(EdgeKind.READ));
            n.writes = targets(byKind.get(EdgeKind.WRITE));
            n.outputsToEnd = byKind.containsKey(EdgeKind.OUTPUT);
            List<Integer> slots = new ArrayList<>();
            for (int s : n.reads) {
                slots.add(nodes[s].slot);
            }
            for (int s : n.writes) {
                if (!slots.contains(nodes[s].slot)) {
                    slots.add(nodes[s].slot);
                }
            }
            n.storeSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int[] targets(List<Edge> edges) {
        if (edges == null) {
            return new int[0];
        }
        int[] result = new int[edges.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = byId.get(edges.get(i).to()).index;
        }
        return result;
    }

    private static ConstraintPassing[] passing(List<Edge> edges) {
        if (edges == null) {
            return new ConstraintPassing[0];
        }
        ConstraintPassing[] result = new ConstraintPassing[edges.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = edges.get(i).constraintPassing();
        }
        return result;
    }

    private NodePlan single(Design design, NodeKind kind) {
        NodePlan found = null;
        for (NodePlan n : nodes) {
            if (n.kind == kind) {
                if (found != null) {
                    throw new IllegalArgumentException(where(design) + "it has two " + kind.jsonName() + " nodes (\""
                            + found.id.value() + "\" and \"" + n.id.value() + "\"); the engine needs exactly one");
                }
                found = n;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(where(design) + "it has no " + kind.jsonName() + " node");
        }
        return found;
    }

    private NodePlan resolveEntry(Design design) {
        if (start.delegates.length == 0) {
            throw new IllegalArgumentException(where(design) + "the start node \"" + start.id.value()
                    + "\" has no delegate edge to the node that takes the task");
        }
        NodePlan n = nodes[start.delegates[0]];
        while (n.kind == NodeKind.OWNER) {
            if (n.delegates.length == 0) {
                throw new IllegalArgumentException(where(design) + "the owner \"" + n.id.value()
                        + "\" takes the task but has no delegate edge to hand it to an agent");
            }
            n = nodes[n.delegates[0]];
        }
        return n;
    }

    private NodePlan resolveOwner(Design design, TaskPolicy policy) {
        if (policy.owner().isPresent()) {
            NodePlan n = byId.get(policy.owner().get());
            if (n == null) {
                throw new IllegalArgumentException(where(design) + "the policy's owner \"" + policy.owner().get().value()
                        + "\" is not a node of the design");
            }
            if (!n.kind.canOwnTask()) {
                throw new IllegalArgumentException(where(design) + "the policy's owner \"" + n.id.value() + "\" is a "
                        + n.kind.jsonName() + "; only an orchestrator, a planner or an owner node can own the task");
            }
            return n.kind == NodeKind.OWNER ? n : null;
        }
        NodePlan found = null;
        for (NodePlan n : nodes) {
            if (n.kind == NodeKind.OWNER) {
                if (found != null) {
                    throw new IllegalArgumentException(where(design) + "it has two owner nodes (\"" + found.id.value()
                            + "\" and \"" + n.id.value() + "\") and the policy names neither");
                }
                found = n;
            }
        }
        return found;
    }

    private static String where(Design design) {
        return "design \"" + design.name() + "\" cannot run: ";
    }
}
