// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem the review found: which rule, how bad, what exactly (the detail names the nodes and values), where
 * (nodes and edges, for drawing on the canvas), and a one-step fix where one exists. "Why" and the MAST modes
 * come from the rule.
 */
public record Finding(ReviewRule rule, Severity severity, String detail, List<NodeId> nodes, List<EdgeId> edges,
        Optional<Fix> fix) {

    public Finding {
        Objects.requireNonNull(rule, "finding rule must not be null");
        Objects.requireNonNull(severity, "finding severity must not be null");
        Objects.requireNonNull(detail, "finding detail must not be null");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(fix, "finding fix must not be null");
    }

    /** The stable rule id, {@code BTN-C01}. */
    public String id() {
        return rule.id();
    }

    public String why() {
        return rule.why();
    }

    public List<MastMode> mast() {
        return rule.mast();
    }
}
