// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.AgentSpec;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.model.spec.Invocations;
import dev.baton.simulator.review.fix.NodeFixes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What comes back from a worker: typed status envelopes on every worker (C05), and a timeout and an output contract
 * on every delegated subtask (M05), so that a non-answer is a failure and not an empty success.
 */
public final class EnvelopeChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        sink.item(envelopes(ctx));
        delegation(ctx, sink);
    }

    private static ItemResult envelopes(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        int[] agents = g.ofKind(NodeKind.AGENT);
        List<Integer> freeForm = new ArrayList<>();
        for (int v : agents) {
            if (((AgentSpec) g.node(v).spec()).outputContract().isEmpty()) {
                freeForm.add(v);
            }
        }
        if (freeForm.isEmpty()) {
            return ItemResult.pass(ReviewRule.STATUS_ENVELOPES, "all " + agents.length
                    + " workers answer with a typed envelope");
        }
        return ItemResult.fail(new Finding(ReviewRule.STATUS_ENVELOPES, Severity.MAJOR, "no output contract (so "
                + "free-form text comes back) on " + ReviewContext.names(ctx.nodeIds(freeForm)),
                ctx.nodeIds(freeForm), List.of(), Optional.of(NodeFixes.outputContracts())));
    }

    private static void delegation(ReviewContext ctx, ReviewSink sink) {
        DesignGraph g = ctx.graph();
        Set<Integer> targets = new LinkedHashSet<>();
        List<Integer> edges = new ArrayList<>();
        boolean noTimeout = false;
        boolean noContract = false;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.edge(e).kind() != EdgeKind.DELEGATE) {
                continue;
            }
            int t = g.to(e);
            var inv = Invocations.of(g.node(t).spec());
            boolean timeoutMissing = inv.isPresent() && inv.get().timeout().isEmpty();
            boolean contractMissing = g.kind(t) == NodeKind.AGENT
                    && ((AgentSpec) g.node(t).spec()).outputContract().isEmpty();
            if (timeoutMissing || contractMissing) {
                targets.add(t);
                edges.add(e);
                noTimeout |= timeoutMissing;
                noContract |= contractMissing;
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        String missing = noTimeout && noContract ? "a timeout or an output contract"
                : noTimeout ? "a timeout" : "an output contract";
        List<Integer> nodes = new ArrayList<>(targets);
        sink.finding(new Finding(ReviewRule.UNGUARDED_DELEGATION, Severity.MAJOR, "subtasks delegated to "
                + ReviewContext.names(ctx.nodeIds(nodes)) + " lack " + missing, ctx.nodeIds(nodes), ctx.edgeIds(edges),
                Optional.of(NodeFixes.guardDelegation())));
    }
}
