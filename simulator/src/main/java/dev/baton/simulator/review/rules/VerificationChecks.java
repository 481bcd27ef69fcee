// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.ValidatorSpec;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.fix.StructureFixes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Trust: a validator with a confidence threshold on every path to the output (C07), and a validator (a trust
 * boundary: output it passes becomes agent-verified) between a high-stakes agent and whoever consumes its output
 * (M04).
 */
public final class VerificationChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        sink.item(resultValidator(ctx));
        highStakes(ctx, sink);
    }

    /** Whether output passing {@code v} has been gated: a validator with a threshold, or a human's decision. */
    static boolean isGate(DesignGraph g, int v) {
        if (g.kind(v) == NodeKind.HUMAN) {
            return true;
        }
        return g.kind(v) == NodeKind.VALIDATOR
                && ((ValidatorSpec) g.node(v).spec()).confidenceThreshold().isPresent();
    }

    private static ItemResult resultValidator(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        if (g.ends().length == 0) {
            return ItemResult.fail(new Finding(ReviewRule.RESULT_VALIDATOR, Severity.MAJOR,
                    "the design has no end node, so no output can be gated", List.of(), List.of(), Optional.empty()));
        }
        // One search from the intake that stops at gates: an output edge it still reaches is ungated.
        BitSet ungated = g.search(g.starts(), DesignGraph.FLOW, v -> !isGate(g, v));
        List<Integer> edges = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            int s = g.from(e);
            if (g.edge(e).kind() == EdgeKind.OUTPUT && ungated.get(s) && !isGate(g, s)) {
                edges.add(e);
                sources.add(s);
            }
        }
        if (edges.isEmpty()) {
            return ItemResult.pass(ReviewRule.RESULT_VALIDATOR, "every path to the output passes a validator with a "
                    + "confidence threshold");
        }
        return ItemResult.fail(new Finding(ReviewRule.RESULT_VALIDATOR, Severity.MAJOR, "output from "
                + ReviewContext.names(ctx.nodeIds(sources)) + " reaches the end without a validator with a "
                + "confidence threshold", ctx.nodeIds(sources), ctx.edgeIds(edges),
                Optional.of(StructureFixes.gateOutput(ctx.edgeIds(edges)))));
    }

    private static void highStakes(ReviewContext ctx, ReviewSink sink) {
        DesignGraph g = ctx.graph();
        for (int v : g.ofKind(NodeKind.AGENT)) {
            if (!((AgentSpec) g.node(v).spec()).highStakes()) {
                continue;
            }
            List<Integer> bypass = new ArrayList<>();
            boolean verified = false;
            for (int e : g.out(v)) {
                Edge edge = g.edge(e);
                if (edge.kind() == EdgeKind.HANDOFF || edge.kind() == EdgeKind.OUTPUT) {
                    bypass.add(e);
                } else if (edge.kind() == EdgeKind.VALIDATE && g.kind(g.to(e)) == NodeKind.VALIDATOR) {
                    verified = true;
                }
            }
            if (verified && bypass.isEmpty()) {
                continue;
            }
            String detail = bypass.isEmpty()
                    ? "high-stakes agent " + g.node(v).id() + "'s output reaches its caller without a validator"
                    : "high-stakes agent " + g.node(v).id() + " passes its output on to "
                            + ReviewContext.names(ctx.nodeIds(targets(g, bypass))) + " without verification";
            sink.finding(new Finding(ReviewRule.UNVERIFIED_HIGH_STAKES, Severity.BLOCKER, detail,
                    List.of(g.node(v).id()), ctx.edgeIds(bypass),
                    Optional.of(StructureFixes.verifyClaims(g.node(v).id()))));
        }
    }

    private static List<Integer> targets(DesignGraph g, List<Integer> edges) {
        List<Integer> result = new ArrayList<>(edges.size());
        for (int e : edges) {
            result.add(g.to(e));
        }
        return result;
    }
}
