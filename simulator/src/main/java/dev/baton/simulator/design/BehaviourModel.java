// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.StoreWriteRequest;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.Invocations;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.Fault;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.random.Categorical;
import dev.baton.simulator.random.StreamName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The behaviour of every node of a design under one fault plan, compiled once and shared by all replications and
 * threads. Nodes without a saved profile use {@link BehaviourProfile#defaultsFor(Node)}: their kind's defaults with
 * what their own settings say (a tool's availability, latency and rate limit). The design's
 * scripts (or, without one, a result meeting the node's output contract) supply what an answer contains; the
 * profile decides how it ends, when it arrives and what it costs. Immutable and threadsafe.
 */
public final class BehaviourModel {
    /** The record every writer of a store updates unless a fault plan names another. */
    static final String DEFAULT_RECORD = "task";

    private final Design design;
    private final FaultPlan faultPlan;
    private final List<NodeBehaviour> nodes;
    /** The same nodes as an array, for the lookup every call makes. */
    private final NodeBehaviour[] byIndex;
    private final Map<NodeId, NodeBehaviour> byId;
    private final ScriptedAgents content;

    private BehaviourModel(Design design, FaultPlan faultPlan, List<NodeBehaviour> nodes) {
        this.design = design;
        this.faultPlan = faultPlan;
        this.nodes = List.copyOf(nodes);
        this.byIndex = this.nodes.toArray(new NodeBehaviour[0]);
        // A plain HashMap, never exposed: it is read on every call and trace event of every replication.
        this.byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        this.content = new ScriptedAgents(design);
    }

    /**
     * Compiles the behaviour of {@code design}'s nodes from {@code section}'s profiles under {@code faultPlan}.
     *
     * @throws IllegalArgumentException when the section or plan names a node the design does not have
     */
    public static BehaviourModel compile(Design design, SimulationSection section, FaultPlan faultPlan) {
        Map<NodeId, Long> crashes = new HashMap<>();
        for (Fault.Crash c : faultPlan.crashes()) {
            requireNode(design, c.node(), "fault plan \"" + faultPlan.name() + "\"");
            crashes.merge(c.node(), c.at().toNanos(), Math::min);
        }
        for (NodeId id : section.profiles().keySet()) {
            requireNode(design, id, "the simulation profiles");
        }
        List<NodeBehaviour> nodes = new ArrayList<>();
        for (Node n : design.nodes()) {
            BehaviourProfile base = section.profiles().getOrDefault(n.id(), BehaviourProfile.defaultsFor(n));
            BehaviourProfile p = faultPlan.adjust(n.id(), base);
            List<NodeId> targets = handoffTargets(design, n.id());
            nodes.add(new NodeBehaviour(nodes.size(), n.id(), n.kind(), p, StreamName.of("node:" + n.id().value()),
                    p.latency().seconds(), p.confidence().distribution(), p.outcomes().sampler(), targets,
                    preferences(targets, p), crashes.getOrDefault(n.id(), -1L), writes(design, n.id(), faultPlan),
                    toolCalls(design, n.id()),
                    Invocations.of(n.spec()).map(i -> i.timeout().isEmpty()).orElse(false)));
        }
        return new BehaviourModel(design, faultPlan, nodes);
    }

    private static void requireNode(Design design, NodeId id, String where) {
        if (design.node(id).isEmpty()) {
            throw new IllegalArgumentException(where + " names node " + id + ", which design \"" + design.name()
                    + "\" does not have");
        }
    }

    private static List<NodeId> handoffTargets(Design design, NodeId from) {
        List<NodeId> out = new ArrayList<>();
        for (Edge e : design.edges()) {
            if (e.kind() == EdgeKind.HANDOFF && e.from().equals(from)) {
                out.add(e.to());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The writes an unscripted node makes on every answer: one per write edge. Writers of one store share the
     * record "task" (or the record a concurrent-writers fault names for them), so the store's concurrency control
     * is exercised as in the seeds' silent-overwrite incident.
     */
    private static List<StoreWriteRequest> writes(Design design, NodeId from, FaultPlan plan) {
        List<StoreWriteRequest> out = new ArrayList<>();
        for (Edge e : design.edges()) {
            if (e.kind() != EdgeKind.WRITE || !e.from().equals(from)) {
                continue;
            }
            String key = DEFAULT_RECORD;
            for (Fault.ConcurrentWriters w : plan.concurrentWriters()) {
                if (w.node().equals(e.to()) && w.writers().contains(from)) {
                    key = w.key();
                }
            }
            ObjectNode change = JsonNodeFactory.instance.objectNode();
            change.put(from.value(), "updated");
            out.add(new StoreWriteRequest(e.to(), key, change));
        }
        return List.copyOf(out);
    }

    /** The tool calls an unscripted node asks for on each work answer: one per call edge, in design order. */
    private static List<ToolCallRequest> toolCalls(Design design, NodeId from) {
        List<ToolCallRequest> out = new ArrayList<>();
        for (Edge e : design.edges()) {
            if (e.kind() == EdgeKind.CALL && e.from().equals(from)) {
                out.add(new ToolCallRequest(e.to(), null));
            }
        }
        return List.copyOf(out);
    }

    /** Target weights: the profile's preference where given, 1 otherwise (so unlisted targets stay reachable). */
    private static Categorical<NodeId> preferences(List<NodeId> targets, BehaviourProfile p) {
        if (targets.isEmpty()) {
            return null;
        }
        Map<NodeId, Double> weights = new LinkedHashMap<>();
        for (NodeId t : targets) {
            weights.put(t, p.handoff().preferences().getOrDefault(t, p.handoff().preferences().isEmpty() ? 1.0 : 0.0));
        }
        if (weights.values().stream().allMatch(w -> w == 0.0)) {
            targets.forEach(t -> weights.put(t, 1.0));
        }
        return Categorical.of(weights);
    }

    /** The design simulated. */
    public Design design() {
        return design;
    }

    /** The fault plan in force. */
    public FaultPlan faultPlan() {
        return faultPlan;
    }

    /** The nodes, in design order. */
    List<NodeBehaviour> nodes() {
        return nodes;
    }

    /** The node {@code call} invokes, by the call's node index when it carries one that names that node. */
    NodeBehaviour node(AgentCall call) {
        int i = call.nodeIndex();
        if (i >= 0 && i < byIndex.length) {
            NodeBehaviour n = byIndex[i];
            // The plan and this model share the design's ids, so the identity check nearly always decides.
            if (n.id() == call.node() || n.id().equals(call.node())) {
                return n;
            }
        }
        return node(call.node());
    }

    NodeBehaviour node(NodeId id) {
        NodeBehaviour n = byId.get(id);
        if (n == null) {
            throw new IllegalStateException("the core invoked node " + id + ", which the behaviour model lacks");
        }
        return n;
    }

    /** What a node's answer contains: its script's reply, or a result meeting its output contract. */
    ScriptedAgents content() {
        return content;
    }

    /** Whether any node is of {@code kind}. */
    boolean has(NodeKind kind) {
        return nodes.stream().anyMatch(n -> n.kind() == kind);
    }
}
