// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.fix.NodeFixes;
import dev.baton.simulator.review.fix.StructureFixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of the graph: a start and an end (G05), nodes the task never reaches (G01), dead ends (G02), handoff
 * cycles without an exit (G03) and planners without a finish line (G04).
 */
public final class GraphChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        DesignGraph g = ctx.graph();
        boolean hasStart = g.starts().length > 0;
        boolean hasEnd = g.ends().length > 0;
        if (!hasStart || !hasEnd) {
            String missing = !hasStart && !hasEnd ? "no start node and no end node"
                    : !hasStart ? "no start node" : "no end node";
            sink.finding(new Finding(ReviewRule.MISSING_START_OR_END, Severity.BLOCKER, "the design has " + missing,
                    List.of(), List.of(), Optional.empty()));
        }
        if (hasStart) {
            unreachable(ctx, sink);
        }
        if (hasStart && hasEnd) {
            Optional<NodeId> gate = outputGate(g);
            NodeId end = g.node(g.ends()[0]).id();
            deadEnds(ctx, sink, gate, end);
            closedCycles(ctx, sink, gate, end);
        }
        planners(ctx, sink);
    }

    private static void unreachable(ReviewContext ctx, ReviewSink sink) {
        DesignGraph g = ctx.graph();
        List<Integer> lost = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            // An unreachable end is reported through the dead ends that cannot reach it; deleting it helps no one.
            if (!g.reachable(v) && g.kind(v) != NodeKind.END) {
                lost.add(v);
            }
        }
        if (!lost.isEmpty()) {
            sink.finding(new Finding(ReviewRule.UNREACHABLE_NODE, Severity.MINOR, "the task never reaches "
                    + ReviewContext.names(ctx.nodeIds(lost)), ctx.nodeIds(lost), List.of(),
                    Optional.of(StructureFixes.removeNodes(ctx.nodeIds(lost)))));
        }
    }

    /**
     * A node that holds control (an agent, orchestrator, planner or owner the task was handed to) and cannot
     * reach the end. Nodes called by delegation, consultation, validation or escalation return their answer to
     * the caller, so they are not dead ends; cycles are judged by the cycle rule.
     */
    private static void deadEnds(ReviewContext ctx, ReviewSink sink, Optional<NodeId> gate, NodeId end) {
        DesignGraph g = ctx.graph();
        for (int v = 0; v < g.size(); v++) {
            NodeKind k = g.kind(v);
            boolean holdsControl = k == NodeKind.AGENT || k == NodeKind.ORCHESTRATOR || k == NodeKind.PLANNER
                    || k == NodeKind.OWNER;
            if (!holdsControl || !g.reachable(v) || g.reachesEnd(v) || g.onCycle(v) || answersCaller(g, v)) {
                continue;
            }
            NodeId id = g.node(v).id();
            sink.finding(new Finding(ReviewRule.DEAD_END, Severity.MAJOR, id + " receives the task but has no way "
                    + "to the output", List.of(id), List.of(), Optional.of(StructureFixes.addExit(id, gate, end))));
        }
    }

    private static boolean answersCaller(DesignGraph g, int v) {
        for (int e : g.in(v)) {
            EdgeKind kind = g.edge(e).kind();
            boolean returning = kind == EdgeKind.DELEGATE || kind == EdgeKind.CONSULT || kind == EdgeKind.VALIDATE
                    || kind == EdgeKind.ESCALATE;
            if (returning && g.reachable(g.from(e)) && g.kind(g.from(e)) != NodeKind.START) {
                return true;
            }
        }
        return false;
    }

    /** A cycle entered by delegation or consultation ends by answering the caller: that is its exit. */
    private static boolean anyAnswersCaller(DesignGraph g, List<Integer> cycle) {
        for (int v : cycle) {
            if (answersCaller(g, v)) {
                return true;
            }
        }
        return false;
    }

    private static void closedCycles(ReviewContext ctx, ReviewSink sink, Optional<NodeId> gate, NodeId end) {
        DesignGraph g = ctx.graph();
        for (List<Integer> cycle : g.cycles()) {
            int first = cycle.get(0);
            if (!g.reachable(first) || g.reachesEnd(first) || anyAnswersCaller(g, cycle)) {
                continue;
            }
            List<Integer> handoffs = new ArrayList<>();
            for (int v : cycle) {
                for (int e : g.out(v)) {
                    if (g.edge(e).kind() == EdgeKind.HANDOFF && g.component(g.to(e)) == g.component(v)) {
                        handoffs.add(e);
                    }
                }
            }
            if (handoffs.isEmpty()) {
                continue;
            }
            NodeId exitFrom = g.node(first).id();
            sink.finding(new Finding(ReviewRule.HANDOFF_CYCLE_NO_EXIT, Severity.BLOCKER, "control is handed around "
                    + ReviewContext.names(ctx.nodeIds(cycle)) + " with no way out to the output",
                    ctx.nodeIds(cycle), ctx.edgeIds(handoffs), Optional.of(StructureFixes.addExit(exitFrom, gate, end))));
        }
    }

    private static void planners(ReviewContext ctx, ReviewSink sink) {
        DesignGraph g = ctx.graph();
        for (int v : g.ofKind(NodeKind.PLANNER)) {
            PlannerSpec p = (PlannerSpec) g.node(v).spec();
            if (p.completion().isPresent() && p.maxRounds().isPresent()) {
                continue;
            }
            NodeId id = g.node(v).id();
            Severity severity;
            String detail;
            if (p.completion().isEmpty() && p.maxRounds().isEmpty()) {
                severity = Severity.BLOCKER;
                detail = "planner " + id + " has neither a completion criterion nor max rounds";
            } else if (p.completion().isEmpty()) {
                severity = Severity.MAJOR;
                detail = "planner " + id + " has no completion criterion and always runs all "
                        + p.maxRounds().getAsInt() + " rounds";
            } else {
                severity = Severity.MINOR;
                detail = "planner " + id + " has no max rounds if its completion criterion is never met";
            }
            sink.finding(new Finding(ReviewRule.UNBOUNDED_PLANNER, severity, detail, List.of(id), List.of(),
                    Optional.of(NodeFixes.boundPlanner(id))));
        }
    }

    /** The first reachable validator with a confidence threshold that outputs to the end. */
    private static Optional<NodeId> outputGate(DesignGraph g) {
        for (int v : g.ofKind(NodeKind.VALIDATOR)) {
            if (!g.reachable(v) || !VerificationChecks.isGate(g, v)) {
                continue;
            }
            for (int e : g.out(v)) {
                if (g.edge(e).kind() == EdgeKind.OUTPUT) {
                    return Optional.of(g.node(v).id());
                }
            }
        }
        return Optional.empty();
    }
}
