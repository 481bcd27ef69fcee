// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.evidence.SimulationEvidence;
import dev.baton.simulator.review.fix.StructureFixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two items the structure alone cannot show: a human escalation path that a stored simulation of this
 * revision exercised (C08), and a stored load simulation with injected failures (C10). Without evidence they read
 * "no evidence yet", never "pass".
 */
public final class EvidenceChecks implements Check {
    /** The least number of Monte Carlo runs that counts as a load test. */
    public static final int MIN_LOAD_RUNS = 100;

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        sink.item(escalation(ctx));
        sink.item(loadTest(ctx));
    }

    private static ItemResult escalation(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        List<Integer> humans = new ArrayList<>();
        for (int v : g.ofKind(NodeKind.HUMAN)) {
            if (g.reachable(v)) {
                humans.add(v);
            }
        }
        if (humans.isEmpty()) {
            Optional<NodeId> source = escalationSource(ctx);
            return ItemResult.fail(new Finding(ReviewRule.HUMAN_ESCALATION, Severity.MAJOR,
                    "no human escalation path is reachable from the intake", List.of(), List.of(),
                    source.map(StructureFixes::addHuman)));
        }
        String path = "escalation path to " + ReviewContext.names(ctx.nodeIds(humans));
        for (SimulationEvidence s : ctx.evidence()) {
            if (s.humanEscalations() > 0) {
                return ItemResult.pass(ReviewRule.HUMAN_ESCALATION, path + " exercised " + s.humanEscalations()
                        + " times in simulation " + s.simulationId());
            }
        }
        if (!ctx.evidence().isEmpty()) {
            return ItemResult.fail(new Finding(ReviewRule.HUMAN_ESCALATION, Severity.MAJOR, path + " exists, but "
                    + ctx.evidence().size() + " stored simulation(s) of this revision never reached it",
                    ctx.nodeIds(humans), List.of(), Optional.empty()));
        }
        return ItemResult.noEvidence(ReviewRule.HUMAN_ESCALATION, path
                + " exists; no stored simulation of this revision has exercised it yet");
    }

    /** The result validator if there is one, else the owner, else the first reachable node that may escalate. */
    private static Optional<NodeId> escalationSource(ReviewContext ctx) {
        DesignGraph g = ctx.graph();
        for (int v : g.ofKind(NodeKind.VALIDATOR)) {
            if (g.reachable(v) && VerificationChecks.isGate(g, v) && g.reachesEnd(v)) {
                return Optional.of(g.node(v).id());
            }
        }
        Optional<NodeId> owner = ctx.policy().owner().filter(o -> g.indexOf(o) >= 0 && g.reachable(g.indexOf(o))
                && EdgeKind.ESCALATE.allowsSource(g.kind(g.indexOf(o))));
        if (owner.isPresent()) {
            return owner;
        }
        for (int v = 0; v < g.size(); v++) {
            if (g.reachable(v) && EdgeKind.ESCALATE.allowsSource(g.kind(v))) {
                return Optional.of(g.node(v).id());
            }
        }
        return Optional.empty();
    }

    private static ItemResult loadTest(ReviewContext ctx) {
        for (SimulationEvidence s : ctx.evidence()) {
            if (s.faultInjected() && s.runs() >= MIN_LOAD_RUNS) {
                return ItemResult.pass(ReviewRule.LOAD_TESTED, s.runs() + " runs with " + String.join(", ",
                        s.faultPlans()) + " in simulation " + s.simulationId());
            }
        }
        if (!ctx.evidence().isEmpty()) {
            return ItemResult.fail(new Finding(ReviewRule.LOAD_TESTED, Severity.MAJOR, ctx.evidence().size()
                    + " stored simulation(s) of this revision, none with injected failures and at least "
                    + MIN_LOAD_RUNS + " runs", List.of(), List.of(), Optional.empty()));
        }
        return ItemResult.noEvidence(ReviewRule.LOAD_TESTED,
                "no stored simulation of this revision with injected failures yet");
    }
}
