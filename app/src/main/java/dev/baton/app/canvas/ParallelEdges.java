// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads edges that leave the same node for the same node (an agent that reads and writes one store): they would
 * share one curve and hide each other and their labels. The k such edges bend apart at their middles, {@link #SPACING}
 * world units from one another, symmetrically about the straight route; their ends stay on the ports.
 */
final class ParallelEdges {
    /** Distance between the middles of neighbouring parallel edges: a label's height and a little air. */
    static final double SPACING = 20;

    private ParallelEdges() {
    }

    /** The bend of every edge that has a parallel twin, in the design's edge order; absent means straight. */
    static Map<EdgeId, Double> bends(List<Edge> edges) {
        Map<List<NodeId>, List<EdgeId>> byEnds = new LinkedHashMap<>();
        for (Edge e : edges) {
            byEnds.computeIfAbsent(List.of(e.from(), e.to()), k -> new ArrayList<>(1)).add(e.id());
        }
        Map<EdgeId, Double> bends = new HashMap<>();
        for (List<EdgeId> group : byEnds.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                bends.put(group.get(i), (i - (group.size() - 1) / 2.0) * SPACING);
            }
        }
        return bends;
    }
}
