// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.validation;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks the canvas itself relies on: edges whose endpoints are missing or whose kind is illegal between
 * their nodes (per {@code EdgeKind.allows}). The full structural rule set comes from the model's validator.
 */
public final class ConnectionChecks implements ProblemSource {
    @Override
    public List<Problem> check(Design design) {
        Map<NodeId, Node> byId = new HashMap<>();
        for (Node n : design.nodes()) {
            byId.putIfAbsent(n.id(), n);
        }
        List<Problem> problems = new ArrayList<>();
        for (Edge e : design.edges()) {
            Node from = byId.get(e.from());
            Node to = byId.get(e.to());
            if (from == null || to == null) {
                NodeId missing = from == null ? e.from() : e.to();
                problems.add(new Problem(Problem.Severity.ERROR, "edge.dangling", List.of(), List.of(e.id()),
                        "edge " + e.id() + " points at node " + missing + ", which does not exist"));
            } else if (!e.kind().allows(from.kind(), to.kind())) {
                problems.add(new Problem(Problem.Severity.ERROR, "edge.illegal-kind", List.of(from.id(), to.id()),
                        List.of(e.id()), e.kind().jsonName() + " from " + from.kind().jsonName() + " to "
                                + to.kind().jsonName() + " is not allowed: " + e.kind().rule()));
            }
        }
        return problems;
    }
}
