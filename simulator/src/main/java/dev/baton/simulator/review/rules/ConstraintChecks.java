// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Edge;
import dev.baton.model.message.Constraint;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.fix.NodeFixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Context rot (M01): the task has constraints, and an edge the task travels along folds them into prose, where a
 * downstream summary can drop them.
 */
public final class ConstraintChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        List<Constraint> constraints = ctx.policy().constraints();
        if (constraints.isEmpty()) {
            return;
        }
        DesignGraph g = ctx.graph();
        List<Integer> edges = new ArrayList<>();
        List<Integer> receivers = new ArrayList<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            Edge edge = g.edge(e);
            if (edge.constraintPassing() == ConstraintPassing.PROSE && edge.kind().carriesTask()
                    && g.reachable(g.from(e))) {
                edges.add(e);
                receivers.add(g.to(e));
            }
        }
        if (edges.isEmpty()) {
            return;
        }
        boolean hard = constraints.stream().anyMatch(Constraint::hard);
        Constraint example = constraints.stream().filter(Constraint::hard).findFirst().orElse(constraints.get(0));
        sink.finding(new Finding(ReviewRule.PROSE_CONSTRAINTS, hard ? Severity.MAJOR : Severity.MINOR,
                constraints.size() + " task constraint(s), such as \"" + example.text() + "\", reach "
                        + ReviewContext.names(ctx.nodeIds(receivers)) + " as prose",
                ctx.nodeIds(receivers), ctx.edgeIds(edges), Optional.of(NodeFixes.typedConstraints())));
    }
}
