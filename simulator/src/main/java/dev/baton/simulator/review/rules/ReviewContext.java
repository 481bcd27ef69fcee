// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.Design;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.simulator.review.evidence.SimulationEvidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What every check reads: the design, its graph facts, its content hash and the stored simulation evidence of
 * this revision.
 */
public record ReviewContext(Design design, DesignGraph graph, String designHash, List<SimulationEvidence> evidence) {
    private static final int NAMES_SHOWN = 5;

    public ReviewContext {
        evidence = List.copyOf(evidence);
    }

    public TaskPolicy policy() {
        return design.policy();
    }

    /** The ids of the nodes at {@code indices}, in the given order. */
    public List<NodeId> nodeIds(Collection<Integer> indices) {
        List<NodeId> ids = new ArrayList<>(indices.size());
        for (int v : indices) {
            ids.add(graph.node(v).id());
        }
        return ids;
    }

    /** The ids of the edges at {@code indices}, in the given order. */
    public List<EdgeId> edgeIds(Collection<Integer> indices) {
        List<EdgeId> ids = new ArrayList<>(indices.size());
        for (int e : indices) {
            ids.add(graph.edge(e).id());
        }
        return ids;
    }

    /** {@code a, b, c and 4 more}: the ids of a list of nodes, short enough for a one-line detail. */
    public static String names(List<?> ids) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(ids.size(), NAMES_SHOWN);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(i == ids.size() - 1 ? " and " : ", ");
            }
            sb.append(ids.get(i));
        }
        if (ids.size() > shown) {
            sb.append(" and ").append(ids.size() - shown).append(" more");
        }
        return sb.toString();
    }
}
