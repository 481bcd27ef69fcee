// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.fix;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.simulator.review.Fix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes that add or remove nodes and edges. Existing edges that are re-routed keep their ids, so the file diff
 * of a fix stays small and the canvas can follow the edge.
 */
public final class StructureFixes {
    private static final double OFFSET = 140;

    private StructureFixes() {}

    /**
     * Puts a result validator in front of the output: validators on the listed output edges get a confidence
     * threshold; every other listed output edge is turned into a {@code validate} edge to one new validator that
     * outputs to the same end nodes.
     */
    public static Fix gateOutput(List<EdgeId> ungatedOutputs) {
        Set<EdgeId> targets = new HashSet<>(ungatedOutputs);
        return new Fix("Gate the output with a result validator (confidence >= " + FixDefaults.VALIDATOR_THRESHOLD + ")",
                d -> {
            NewElements ids = new NewElements(d);
            Design fixed = d;
            NodeId gate = null;
            Set<NodeId> ends = new LinkedHashSet<>();
            List<Edge> edges = new ArrayList<>(d.edges().size() + 2);
            for (Edge e : d.edges()) {
                if (!targets.contains(e.id())) {
                    edges.add(e);
                    continue;
                }
                Node source = d.node(e.from()).orElseThrow();
                if (source.kind() == NodeKind.VALIDATOR) {
                    fixed = NodeFixes.validatorThreshold(source.id()).apply(fixed);
                    edges.add(e);
                    continue;
                }
                if (gate == null) {
                    gate = ids.nodeId("result-validator");
                }
                ends.add(e.to());
                edges.add(new Edge(e.id(), EdgeKind.VALIDATE, e.from(), gate, e.label(), e.constraintPassing(),
                        e.extensions()));
            }
            if (gate == null) {
                return fixed.withEdges(edges);
            }
            for (NodeId end : ends) {
                edges.add(new Edge(ids.edgeId(), EdgeKind.OUTPUT, gate, end));
            }
            Position at = d.node(ends.iterator().next()).orElseThrow().position().translate(-OFFSET, 0);
            return fixed.withNode(new Node(gate, "Result validator", at, FixDefaults.validator())).withEdges(edges);
        });
    }

    /**
     * Puts a new claim-verifying validator between a high-stakes agent and the consumers of its output: it takes
     * over the agent's handoff and output edges, and the agent sends its output to it.
     */
    public static Fix verifyClaims(NodeId agent) {
        return new Fix("Verify " + agent + "'s output with a claim-verifying validator before it travels on", d -> {
            NewElements ids = new NewElements(d);
            NodeId verifier = ids.nodeId(agent.value() + "-verifier");
            List<Edge> edges = new ArrayList<>(d.edges().size() + 1);
            for (Edge e : d.edges()) {
                boolean bypass = e.from().equals(agent) && (e.kind() == EdgeKind.HANDOFF || e.kind() == EdgeKind.OUTPUT);
                edges.add(bypass ? e.withEndpoints(verifier, e.to()) : e);
            }
            edges.add(new Edge(ids.edgeId(), EdgeKind.VALIDATE, agent, verifier));
            Position at = d.node(agent).orElseThrow().position().translate(OFFSET, OFFSET / 2);
            return d.withNode(new Node(verifier, "Claim verifier", at, FixDefaults.validator())).withEdges(edges);
        });
    }

    /**
     * Makes {@code owner} (or, when empty, a new owner node) the task's owner and routes the intake through it:
     * each start node delegates only to the owner, which takes over the start's other edges.
     */
    public static Fix routeThroughOwner(Optional<NodeId> owner) {
        String label = owner.map(o -> "Make " + o + " the task owner and route the intake through it")
                .orElse("Add a task owner that receives the task and gets control back at the hop cap");
        return new Fix(label, d -> {
            NewElements ids = new NewElements(d);
            Design fixed = d;
            NodeId ownerId;
            if (owner.isPresent()) {
                ownerId = owner.get();
            } else {
                ownerId = ids.nodeId("task-owner");
                boolean hasHuman = d.nodes().stream().anyMatch(n -> n.kind() == NodeKind.HUMAN);
                Position at = d.nodes().stream().filter(n -> n.kind() == NodeKind.START).findFirst()
                        .map(Node::position).orElse(Position.ORIGIN).translate(OFFSET, OFFSET / 2);
                fixed = fixed.withNode(new Node(ownerId, "Task owner", at,
                        new OwnerSpec(hasHuman ? OwnerDecision.ESCALATE : OwnerDecision.ABORT)));
            }
            fixed = fixed.withPolicy(fixed.policy().withOwner(Optional.of(ownerId)));
            Set<NodeId> startsWithOwnerEdge = new HashSet<>();
            Set<NodeId> starts = new LinkedHashSet<>();
            d.nodes().stream().filter(n -> n.kind() == NodeKind.START).forEach(n -> starts.add(n.id()));
            List<Edge> edges = new ArrayList<>(fixed.edges().size() + starts.size());
            for (Edge e : fixed.edges()) {
                if (starts.contains(e.from()) && e.to().equals(ownerId)) {
                    startsWithOwnerEdge.add(e.from());
                    edges.add(e);
                } else if (starts.contains(e.from())) {
                    edges.add(e.withEndpoints(ownerId, e.to()));
                } else {
                    edges.add(e);
                }
            }
            for (NodeId s : starts) {
                if (!startsWithOwnerEdge.contains(s)) {
                    edges.add(new Edge(ids.edgeId(), EdgeKind.DELEGATE, s, ownerId));
                }
            }
            return fixed.withEdges(edges);
        });
    }

    /** Adds a human escalation path from {@code source}. */
    public static Fix addHuman(NodeId source) {
        return new Fix("Add a human escalation path from " + source, d -> {
            NewElements ids = new NewElements(d);
            NodeId human = ids.nodeId("human-reviewer");
            Position at = d.node(source).orElseThrow().position().translate(0, OFFSET);
            return d.withNode(new Node(human, "Human reviewer", at, HumanSpec.defaults()))
                    .withEdge(new Edge(ids.edgeId(), EdgeKind.ESCALATE, source, human));
        });
    }

    /**
     * Gives {@code node} a way to the output that does not bypass validation: a {@code validate} edge to the
     * validator that gates the output, or, when there is none, to a new result validator that outputs to
     * {@code end}.
     */
    public static Fix addExit(NodeId node, Optional<NodeId> gate, NodeId end) {
        String label = gate.map(g -> "Let " + node + " send its result to validator " + g)
                .orElse("Let " + node + " deliver its result to " + end + " through a new result validator");
        return new Fix(label, d -> {
            NewElements ids = new NewElements(d);
            if (gate.isPresent()) {
                return d.withEdge(new Edge(ids.edgeId(), EdgeKind.VALIDATE, node, gate.get()));
            }
            NodeId validator = ids.nodeId("result-validator");
            Position at = d.node(node).orElseThrow().position().translate(OFFSET, 0);
            return d.withNode(new Node(validator, "Result validator", at, FixDefaults.validator()))
                    .withEdge(new Edge(ids.edgeId(), EdgeKind.VALIDATE, node, validator))
                    .withEdge(new Edge(ids.edgeId(), EdgeKind.OUTPUT, validator, end));
        });
    }

    /** Removes nodes and every edge touching them, in one pass. */
    public static Fix removeNodes(List<NodeId> nodes) {
        Set<NodeId> gone = Set.copyOf(nodes);
        return new Fix("Delete " + gone.size() + (gone.size() == 1 ? " unreachable node" : " unreachable nodes"), d -> {
            List<Node> kept = new ArrayList<>(d.nodes().size());
            for (Node n : d.nodes()) {
                if (!gone.contains(n.id())) {
                    kept.add(n);
                }
            }
            List<Edge> keptEdges = new ArrayList<>(d.edges().size());
            for (Edge e : d.edges()) {
                if (!gone.contains(e.from()) && !gone.contains(e.to())) {
                    keptEdges.add(e);
                }
            }
            return d.withNodes(kept).withEdges(keptEdges);
        });
    }
}
