// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.fix;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import java.util.HashSet;
import java.util.Set;

/**
 * Fresh ids for nodes and edges a fix adds, readable ({@code result-validator}, {@code review-e1}) and unique in
 * the design they are added to.
 */
final class NewElements {
    private final Set<String> nodeIds = new HashSet<>();
    private final Set<String> edgeIds = new HashSet<>();
    private int edgeCounter;

    NewElements(Design design) {
        design.nodes().forEach(n -> nodeIds.add(n.id().value()));
        for (Edge e : design.edges()) {
            edgeIds.add(e.id().value());
        }
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is free. */
    NodeId nodeId(String base) {
        String candidate = base;
        for (int i = 2; nodeIds.contains(candidate); i++) {
            candidate = base + "-" + i;
        }
        nodeIds.add(candidate);
        return NodeId.of(candidate);
    }

    /** The next free {@code review-eN}. */
    EdgeId edgeId() {
        String candidate;
        do {
            candidate = "review-e" + (++edgeCounter);
        } while (edgeIds.contains(candidate));
        edgeIds.add(candidate);
        return EdgeId.of(candidate);
    }
}
