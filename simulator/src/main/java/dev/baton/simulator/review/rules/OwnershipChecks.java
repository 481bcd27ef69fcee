// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.Fix;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.fix.NodeFixes;
import dev.baton.simulator.review.fix.StructureFixes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Who is accountable: exactly one task owner that every path from the intake passes (C04), and orchestrators that
 * re-plan rather than only retry (C06).
 */
public final class OwnershipChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        sink.item(owner(ctx));
        sink.item(replan(ctx));
    }

    private static ItemResult owner(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        int[] ownerNodes = g.ofKind(NodeKind.OWNER);
        Optional<NodeId> declared = ctx.policy().owner();
        if (declared.isEmpty()) {
            return fail(ctx, "no task owner is set", List.of(), ownerFix(ctx, ownerNodes));
        }
        int o = g.indexOf(declared.get());
        if (o < 0) {
            return fail(ctx, "the task owner " + declared.get() + " is not a node of the design", List.of(),
                    ownerFix(ctx, ownerNodes));
        }
        if (!g.kind(o).canOwnTask()) {
            return fail(ctx, "the task owner " + declared.get() + " is a " + g.kind(o).jsonName()
                    + ", which cannot own a task (orchestrator, planner or owner)", List.of(o), ownerFix(ctx, ownerNodes));
        }
        List<Integer> rivals = new ArrayList<>();
        for (int v : ownerNodes) {
            if (v != o) {
                rivals.add(v);
            }
        }
        if (!rivals.isEmpty()) {
            rivals.add(0, o);
            return fail(ctx, "more than one accountable owner: " + ReviewContext.names(ctx.nodeIds(rivals)),
                    rivals, Optional.empty());
        }
        // Every path from the intake must pass the owner: search from the starts without going through it.
        BitSet bypassing = g.search(g.starts(), DesignGraph.FLOW, v -> v != o);
        List<Integer> bypass = new ArrayList<>();
        for (int v = bypassing.nextSetBit(0); v >= 0; v = bypassing.nextSetBit(v + 1)) {
            if (v != o && g.kind(v).isInvocable()) {
                bypass.add(v);
            }
        }
        Optional<Fix> route = Optional.of(StructureFixes.routeThroughOwner(declared));
        if (g.starts().length > 0 && !bypassing.get(o)) {
            return fail(ctx, "the task owner " + declared.get() + " is not reached from the intake", List.of(o), route);
        }
        if (!bypass.isEmpty()) {
            bypass.add(0, o);
            return fail(ctx, "paths from the intake reach " + ReviewContext.names(ctx.nodeIds(bypass.subList(1,
                    bypass.size()))) + " without passing the owner " + declared.get(), bypass, route);
        }
        return ItemResult.pass(ReviewRule.TASK_OWNER, declared.get() + " owns the task and every path passes it");
    }

    /** Make the intake's single owner-capable target the owner, else add an owner node; none if owners compete. */
    private static Optional<Fix> ownerFix(ReviewContext ctx, int[] ownerNodes) {
        DesignGraph g = ctx.graph();
        if (ownerNodes.length > 1) {
            return Optional.empty();
        }
        if (ownerNodes.length == 1) {
            return Optional.of(StructureFixes.routeThroughOwner(Optional.of(g.node(ownerNodes[0]).id())));
        }
        int candidate = -1;
        for (int s : g.starts()) {
            for (int e : g.out(s)) {
                int t = g.to(e);
                if (g.edge(e).kind() != EdgeKind.DELEGATE) {
                    continue;
                }
                if (!g.kind(t).canOwnTask() || (candidate >= 0 && candidate != t)) {
                    return Optional.of(StructureFixes.routeThroughOwner(Optional.empty()));
                }
                candidate = t;
            }
        }
        return Optional.of(StructureFixes.routeThroughOwner(
                candidate >= 0 ? Optional.of(g.node(candidate).id()) : Optional.empty()));
    }

    private static ItemResult fail(ReviewContext ctx, String detail, List<Integer> nodes,
            Optional<Fix> fix) {
        return ItemResult.fail(new Finding(ReviewRule.TASK_OWNER, Severity.BLOCKER, detail, ctx.nodeIds(nodes),
                List.of(), fix));
    }

    private static ItemResult replan(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        int[] orchestrators = g.ofKind(NodeKind.ORCHESTRATOR);
        List<Integer> retryOnly = new ArrayList<>();
        for (int v : orchestrators) {
            OrchestratorSpec o = (OrchestratorSpec) g.node(v).spec();
            if (!changesPlan(o)) {
                retryOnly.add(v);
            }
        }
        if (orchestrators.length == 0) {
            return ItemResult.pass(ReviewRule.REPLAN, "no orchestrator; failures return to the owner or planner");
        }
        if (retryOnly.isEmpty()) {
            return ItemResult.pass(ReviewRule.REPLAN, "every orchestrator re-plans when a subtask fails");
        }
        return ItemResult.fail(new Finding(ReviewRule.REPLAN, Severity.MAJOR, "orchestrator "
                + ReviewContext.names(ctx.nodeIds(retryOnly)) + " only retries: no outcome re-plans (with at least one "
                + "re-plan allowed) or reroutes",
                ctx.nodeIds(retryOnly), List.of(), Optional.of(NodeFixes.replan())));
    }

    /**
     * Re-plan logic, "not a retry, a re-plan": some subtask outcome leads to a new plan (with re-plans allowed) or
     * to another worker. The seed's failure is that "nothing re-routes", so rerouting counts as changing the plan.
     */
    static boolean changesPlan(OrchestratorSpec o) {
        FailurePolicy p = o.failurePolicy();
        boolean reroutes = p.onFailed() == FailureAction.REROUTE || p.onPartial() == FailureAction.REROUTE
                || p.onTimeout() == FailureAction.REROUTE;
        return reroutes || (p.replans() && o.maxReplans() > 0);
    }
}
