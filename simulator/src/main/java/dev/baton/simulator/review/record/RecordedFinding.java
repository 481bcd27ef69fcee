// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.record;

import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A finding as a review record keeps it: plain values only, so that a record stays readable after the rule
 * catalogue changes.
 */
public record RecordedFinding(String ruleId, Severity severity, String detail, List<String> nodes, List<String> edges,
        boolean accepted) {

    public RecordedFinding {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    static RecordedFinding of(Finding f, boolean accepted) {
        return new RecordedFinding(f.id(), f.severity(), f.detail(),
                f.nodes().stream().map(Object::toString).toList(), f.edges().stream().map(Object::toString).toList(),
                accepted);
    }
}
