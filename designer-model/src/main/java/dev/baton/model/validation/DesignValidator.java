// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.validation;

import dev.baton.model.Design;
import dev.baton.model.DesignIndex;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.StoreSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Structural validation of a whole design: the rules without which a design cannot mean anything (unique ids,
 * edges between existing nodes of legal kinds, one intake, one accountable owner that the intake reaches).
 * Design-quality judgements ("no hop cap") belong to the design review, not here.
 *
 * <p>Runs in time linear in the size of the design. This class is threadsafe (stateless).
 */
public final class DesignValidator {

    /** Validates {@code design}; findings come in file order: design-level, nodes, edges, graph. */
    public List<Finding> validate(Design design) {
        List<Finding> findings = new ArrayList<>();
        DesignIndex index = design.index();
        checkNodeIds(design, findings);
        checkEdges(design, index, findings);
        checkIntakeAndResult(index, findings);
        checkStores(design, findings);
        checkOwner(design, index, findings);
        checkScripts(design, index, findings);
        return List.copyOf(findings);
    }

    /** Whether the design has no error-level findings. */
    public boolean isValid(Design design) {
        return validate(design).stream().noneMatch(Finding::isError);
    }

    private static void checkNodeIds(Design design, List<Finding> findings) {
        Map<NodeId, Integer> firstIndex = new HashMap<>();
        List<Node> nodes = design.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeId id = nodes.get(i).id();
            Integer first = firstIndex.putIfAbsent(id, i);
            if (first != null) {
                findings.add(new Finding(Severity.ERROR, "node.duplicate-id", List.of(id), List.of(),
                        "$.nodes[" + i + "].id", "Node id \"" + id + "\" is used twice (nodes[" + first + "] and nodes["
                                + i + "]); edges and the owner refer to nodes by id, so each id must be unique."));
            }
        }
    }

    private static void checkEdges(Design design, DesignIndex index, List<Finding> findings) {
        Map<EdgeId, Integer> firstIndex = new HashMap<>();
        List<Edge> edges = design.edges();
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            String path = "$.edges[" + i + "]";
            Integer first = firstIndex.putIfAbsent(e.id(), i);
            if (first != null) {
                findings.add(new Finding(Severity.ERROR, "edge.duplicate-id", List.of(), List.of(e.id()),
                        path + ".id", "Edge id \"" + e.id() + "\" is used twice (edges[" + first + "] and edges[" + i
                                + "]); each edge id must be unique."));
            }
            Optional<Node> from = index.node(e.from());
            Optional<Node> to = index.node(e.to());
            if (from.isEmpty() || to.isEmpty()) {
                List<String> missing = new ArrayList<>();
                if (from.isEmpty()) {
                    missing.add("from \"" + e.from() + "\"");
                }
                if (to.isEmpty()) {
                    missing.add("to \"" + e.to() + "\"");
                }
                findings.add(new Finding(Severity.ERROR, "edge.dangling", endpoints(e, index), List.of(e.id()),
                        path, "Edge " + e.id() + " (" + e.kind().jsonName() + ") points at a node that does not exist: "
                                + String.join(" and ", missing) + "."));
                continue;
            }
            NodeKind fromKind = from.get().kind();
            NodeKind toKind = to.get().kind();
            if (e.from().equals(e.to())) {
                findings.add(new Finding(Severity.ERROR, "edge.self-loop", List.of(e.from()), List.of(e.id()), path,
                        "Edge " + e.id() + " (" + e.kind().jsonName() + ") connects " + e.from()
                                + " to itself; a node cannot delegate, hand off or report to itself."));
                continue;
            }
            if (!e.kind().allows(fromKind, toKind)) {
                findings.add(new Finding(Severity.ERROR, "edge.illegal-kind", List.of(e.from(), e.to()),
                        List.of(e.id()), path, "Edge " + e.id() + ": a " + e.kind().jsonName()
                                + " edge cannot go from " + withArticle(fromKind) + " (" + e.from() + ") to "
                                + withArticle(toKind) + " (" + e.to() + "): " + e.kind().rule() + "."));
            }
        }
    }

    private static String withArticle(NodeKind kind) {
        String name = kind.jsonName();
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static List<NodeId> endpoints(Edge e, DesignIndex index) {
        List<NodeId> ids = new ArrayList<>();
        if (index.contains(e.from())) {
            ids.add(e.from());
        }
        if (index.contains(e.to()) && !e.to().equals(e.from())) {
            ids.add(e.to());
        }
        return ids;
    }

    private static void checkIntakeAndResult(DesignIndex index, List<Finding> findings) {
        List<Node> starts = index.nodesOfKind(NodeKind.START);
        if (starts.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "design.no-start", List.of(), List.of(), "$.nodes",
                    "The design has no start node; a task needs an intake to enter the graph."));
        } else if (starts.size() > 1) {
            findings.add(new Finding(Severity.ERROR, "design.multiple-starts", ids(starts), List.of(), "$.nodes",
                    "The design has " + starts.size() + " start nodes (" + joined(starts)
                            + "); a task enters through exactly one intake."));
        }
        List<Node> ends = index.nodesOfKind(NodeKind.END);
        if (ends.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "design.no-end", List.of(), List.of(), "$.nodes",
                    "The design has no end node; the task's result has nowhere to go."));
        }
        for (Node s : starts) {
            for (Edge in : index.incoming(s.id())) {
                findings.add(new Finding(Severity.ERROR, "start.incoming-edge", List.of(s.id()), List.of(in.id()),
                        "$.edges", "Edge " + in.id() + " enters the start node " + s.id()
                                + "; the intake only hands the task in, nothing flows back into it."));
            }
        }
        for (Node end : ends) {
            for (Edge out : index.outgoing(end.id())) {
                findings.add(new Finding(Severity.ERROR, "end.outgoing-edge", List.of(end.id()), List.of(out.id()),
                        "$.edges", "Edge " + out.id() + " leaves the end node " + end.id()
                                + "; the result is final, nothing flows out of it."));
            }
        }
    }

    private static void checkStores(Design design, List<Finding> findings) {
        List<Node> nodes = design.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.spec() instanceof StoreSpec) {
                StoreSpec store = (StoreSpec) n.spec();
                if (store.concurrency() == ConcurrencyControl.PARTITIONED && store.partitionKey().isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, "store.partition-key-missing", List.of(n.id()),
                            List.of(), "$.nodes[" + i + "].settings.partitionKey", "Store " + n.id()
                                    + " is partitioned but names no partition key; writers cannot be kept apart."));
                }
            }
        }
    }

    private static void checkOwner(Design design, DesignIndex index, List<Finding> findings) {
        List<Node> ownerNodes = index.nodesOfKind(NodeKind.OWNER);
        Optional<NodeId> declared = design.policy().owner();
        if (ownerNodes.size() > 1) {
            findings.add(new Finding(Severity.ERROR, "owner.multiple", ids(ownerNodes), List.of(), "$.nodes",
                    "The design has " + ownerNodes.size() + " owner nodes (" + joined(ownerNodes)
                            + "); exactly one node can be accountable for the task."));
        }
        if (declared.isEmpty()) {
            if (ownerNodes.size() != 1) {
                return; // an unowned design is a review finding, not a structural error
            }
            declared = Optional.of(ownerNodes.get(0).id()); // a lone owner node owns the task
        } else {
            NodeId ownerId = declared.get();
            Optional<Node> owner = index.node(ownerId);
            if (owner.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, "owner.unknown", List.of(), List.of(), "$.policy.owner",
                        "The policy names \"" + ownerId + "\" as the task owner, but no node has that id."));
                return;
            }
            if (!owner.get().kind().canOwnTask()) {
                findings.add(new Finding(Severity.ERROR, "owner.wrong-kind", List.of(ownerId), List.of(),
                        "$.policy.owner", "The policy names " + ownerId + " as the task owner, but it is a "
                                + owner.get().kind().jsonName() + "; only an orchestrator, a planner or an owner node "
                                + "can be accountable for a task."));
                return;
            }
            for (Node other : ownerNodes) {
                if (!other.id().equals(ownerId)) {
                    findings.add(new Finding(Severity.ERROR, "owner.conflict", List.of(ownerId, other.id()),
                            List.of(), "$.policy.owner", "The policy names " + ownerId + " as the task owner, but "
                                    + other.id() + " is an owner node too; two owners means nobody is accountable."));
                }
            }
        }
        NodeId ownerId = declared.get();
        List<Node> starts = index.nodesOfKind(NodeKind.START);
        if (starts.size() == 1 && !reachable(index, starts.get(0).id()).contains(ownerId)) {
            findings.add(new Finding(Severity.ERROR, "owner.unreachable", List.of(ownerId), List.of(),
                    "$.policy.owner", "The task owner " + ownerId + " cannot be reached from the start node "
                            + starts.get(0).id() + "; an owner that never receives the task cannot take control back."));
        }
    }

    private static void checkScripts(Design design, DesignIndex index, List<Finding> findings) {
        for (NodeId id : design.scripts().nodes().keySet()) {
            Optional<Node> node = index.node(id);
            String path = "$.scripts.nodes." + id;
            if (node.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, "script.unknown-node", List.of(), List.of(), path,
                        "A script is given for \"" + id + "\", but no node has that id."));
            } else if (!node.get().kind().isInvocable() && node.get().kind() != NodeKind.TOOL) {
                findings.add(new Finding(Severity.ERROR, "script.not-scriptable", List.of(id), List.of(), path,
                        "A script is given for " + id + ", a " + node.get().kind().jsonName()
                                + "; only agents, orchestrators, planners, validators and tools answer calls."));
            }
        }
    }

    /** Nodes reachable from {@code from} along edges that pass the task on (not tool calls or store access). */
    static Set<NodeId> reachable(DesignIndex index, NodeId from) {
        Set<NodeId> seen = new HashSet<>();
        Deque<NodeId> todo = new ArrayDeque<>();
        seen.add(from);
        todo.add(from);
        while (!todo.isEmpty()) {
            NodeId current = todo.poll();
            for (Edge e : index.outgoing(current)) {
                if (e.kind() != EdgeKind.CALL && e.kind() != EdgeKind.READ && e.kind() != EdgeKind.WRITE
                        && seen.add(e.to())) {
                    todo.add(e.to());
                }
            }
        }
        return seen;
    }

    private static List<NodeId> ids(List<Node> nodes) {
        List<NodeId> ids = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            ids.add(n.id());
        }
        return ids;
    }

    private static String joined(List<Node> nodes) {
        List<String> ids = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            ids.add(n.id().value());
        }
        return String.join(", ", ids);
    }
}
