// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.layout;

import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds handoffs between siblings: two peers that one common node hands work to, such as specialists passing a
 * case back and forth after triage. Only handoffs count: a validation or escalation between two delegates is a step
 * forward in the task, while a handoff between peers is not.
 */
final class Siblings {
    private Siblings() {
    }

    /** The handoff edges whose two ends share a source node, in no particular order. */
    static Set<Edge> lateralEdges(List<Edge> edges) {
        Map<NodeId, Set<NodeId>> sources = new HashMap<>();
        for (Edge e : edges) {
            sources.computeIfAbsent(e.to(), k -> new HashSet<>()).add(e.from());
        }
        Set<Edge> lateral = new HashSet<>();
        for (Edge e : edges) {
            if (e.kind() != EdgeKind.HANDOFF) {
                continue;
            }
            Set<NodeId> a = sources.getOrDefault(e.from(), Set.of());
            Set<NodeId> b = sources.getOrDefault(e.to(), Set.of());
            for (NodeId s : a) {
                if (b.contains(s) && !s.equals(e.from()) && !s.equals(e.to())) {
                    lateral.add(e);
                    break;
                }
            }
        }
        return lateral;
    }
}
