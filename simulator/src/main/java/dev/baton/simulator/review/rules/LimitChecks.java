// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeKind;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.model.spec.Invocations;
import dev.baton.simulator.review.fix.NodeFixes;
import dev.baton.simulator.review.fix.PolicyFixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hard limits of the checklist: token budgets (C01), the hop cap (C02), the wall-clock timeout (C03) and
 * termination criteria for every cycle (C09).
 */
public final class LimitChecks implements Check {
    /**
     * The largest hop cap called sane where control can circle: twice the checklist's suggestion of 12. A cap of
     * 58 would have let the incident of the seed run its full course.
     */
    public static final int MAX_SANE_HOP_CAP = 2 * TaskPolicy.DEFAULT_HOP_CAP;

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        sink.item(tokenBudgets(ctx));
        boolean circling = !ctx.graph().cycles().isEmpty() || hasHandoff(ctx.graph());
        sink.item(hopCap(ctx, circling));
        sink.item(wallClock(ctx));
        sink.item(termination(ctx));
    }

    private static ItemResult tokenBudgets(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        List<Integer> missing = new ArrayList<>();
        int invocable = 0;
        for (int v = 0; v < g.size(); v++) {
            var inv = Invocations.of(g.node(v).spec());
            if (inv.isPresent()) {
                invocable++;
                if (inv.get().tokenBudget().isEmpty()) {
                    missing.add(v);
                }
            }
        }
        boolean ceiling = ctx.policy().tokenCeiling().isPresent() || ctx.policy().costCeilingUsd().isPresent();
        if (missing.isEmpty() && ceiling) {
            return ItemResult.pass(ReviewRule.TOKEN_BUDGET, "all " + invocable
                    + " model-backed nodes have a token budget and the task has a hard ceiling");
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("no token budget on " + ReviewContext.names(ctx.nodeIds(missing)));
        }
        if (!ceiling) {
            parts.add("the task has no token or cost ceiling");
        }
        return ItemResult.fail(new Finding(ReviewRule.TOKEN_BUDGET, Severity.BLOCKER, String.join("; ", parts),
                ctx.nodeIds(missing), List.of(), Optional.of(NodeFixes.tokenBudgets())));
    }

    private static ItemResult hopCap(ReviewContext ctx, boolean circling) {
        var cap = ctx.policy().hopCap();
        if (cap.isEmpty()) {
            String detail = circling ? "no global hop cap, and control can circle (cycles or handoffs)"
                    : "no global hop cap";
            return ItemResult.fail(new Finding(ReviewRule.HOP_CAP, circling ? Severity.BLOCKER : Severity.MAJOR,
                    detail, List.of(), List.of(), Optional.of(PolicyFixes.hopCap())));
        }
        if (circling && cap.getAsInt() > MAX_SANE_HOP_CAP) {
            return ItemResult.fail(new Finding(ReviewRule.HOP_CAP, Severity.MAJOR, "hop cap " + cap.getAsInt()
                    + " is above " + MAX_SANE_HOP_CAP + " although control can circle (cycles or handoffs)",
                    List.of(), List.of(), Optional.of(PolicyFixes.hopCap())));
        }
        return ItemResult.pass(ReviewRule.HOP_CAP, "hop cap " + cap.getAsInt());
    }

    private static ItemResult wallClock(ReviewContext ctx) {
        return ctx.policy().wallClockTimeout()
                .map(t -> ItemResult.pass(ReviewRule.WALL_CLOCK_TIMEOUT, "the run ends after "
                        + t.toString().substring(2).toLowerCase(java.util.Locale.ROOT)))
                .orElseGet(() -> ItemResult.fail(new Finding(ReviewRule.WALL_CLOCK_TIMEOUT, Severity.MAJOR,
                        "no wall-clock timeout for the run", List.of(), List.of(),
                        Optional.of(PolicyFixes.wallClockTimeout()))));
    }

    private static ItemResult termination(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        var t = ctx.policy().termination();
        boolean callCap = t.maxAgentCalls().isPresent();
        List<String> parts = new ArrayList<>();
        List<Integer> concerned = new ArrayList<>();
        if (!t.isSpecified()) {
            parts.add("the task has no termination criteria");
        }
        if (!callCap && ctx.policy().hopCap().isEmpty()) {
            for (List<Integer> cycle : g.cycles()) {
                concerned.addAll(cycle);
            }
            if (!concerned.isEmpty()) {
                parts.add("the cycle through " + ReviewContext.names(ctx.nodeIds(concerned))
                        + " is bounded by neither a hop cap nor an agent-call cap");
            }
        }
        if (!callCap) {
            List<Integer> planners = new ArrayList<>();
            for (int v : g.ofKind(NodeKind.PLANNER)) {
                PlannerSpec p = (PlannerSpec) g.node(v).spec();
                if (p.completion().isEmpty() && p.maxRounds().isEmpty()) {
                    planners.add(v);
                }
            }
            if (!planners.isEmpty()) {
                parts.add("planner " + ReviewContext.names(ctx.nodeIds(planners)) + " can plan forever");
                concerned.addAll(planners);
            }
        }
        if (parts.isEmpty()) {
            String how = callCap ? "at most " + t.maxAgentCalls().getAsInt() + " agent calls" : "\"" + t.completeWhen()
                    + "\", cycles bounded by the hop cap";
            return ItemResult.pass(ReviewRule.TERMINATION, "the task stops: " + how);
        }
        return ItemResult.fail(new Finding(ReviewRule.TERMINATION, Severity.BLOCKER, String.join("; ", parts),
                ctx.nodeIds(concerned), List.of(), Optional.of(PolicyFixes.termination())));
    }

    private static boolean hasHandoff(DesignGraph g) {
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.edge(e).kind() == EdgeKind.HANDOFF) {
                return true;
            }
        }
        return false;
    }
}
