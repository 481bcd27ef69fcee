// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.Design;
import dev.baton.model.format.ContentHash;
import dev.baton.simulator.review.evidence.EvidenceSource;
import dev.baton.simulator.review.rules.Check;
import dev.baton.simulator.review.rules.ConstraintChecks;
import dev.baton.simulator.review.rules.DesignGraph;
import dev.baton.simulator.review.rules.EnvelopeChecks;
import dev.baton.simulator.review.rules.EvidenceChecks;
import dev.baton.simulator.review.rules.GraphChecks;
import dev.baton.simulator.review.rules.LimitChecks;
import dev.baton.simulator.review.rules.ObservabilityChecks;
import dev.baton.simulator.review.rules.OwnershipChecks;
import dev.baton.simulator.review.rules.ReviewContext;
import dev.baton.simulator.review.rules.ReviewSink;
import dev.baton.simulator.review.rules.SharedStateChecks;
import dev.baton.simulator.review.rules.VerificationChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reviews a design against the production-readiness checklist and the coordination-failure rules. One review
 * builds the graph facts once and runs every check over them, in time linear in the size of the design, so the
 * app can review on every edit.
 *
 * <p>This class is threadsafe if its evidence source is.
 */
public final class DesignReviewer {
    private static final List<Check> CHECKS = List.of(new LimitChecks(), new OwnershipChecks(), new EnvelopeChecks(),
            new VerificationChecks(), new EvidenceChecks(), new SharedStateChecks(), new ConstraintChecks(),
            new ObservabilityChecks(), new GraphChecks());

    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.rule().ordinal());

    private final EvidenceSource evidence;

    public DesignReviewer(EvidenceSource evidence) {
        this.evidence = Objects.requireNonNull(evidence, "evidence source must not be null");
    }

    /** Reviews {@code design} with no accepted risks. */
    public Review review(Design design) {
        return review(design, List.of());
    }

    /** Reviews {@code design}; findings of accepted rules are kept but marked accepted. */
    public Review review(Design design, List<AcceptedRisk> accepted) {
        return review(design, ContentHash.of(design), accepted);
    }

    /**
     * Reviews {@code design} whose content hash the caller already knows (the app hashes once per edit and
     * shares it with the simulator).
     *
     * @param hash {@code ContentHash.of(design)}
     */
    public Review review(Design design, String hash, List<AcceptedRisk> accepted) {
        ReviewContext ctx = new ReviewContext(design, new DesignGraph(design), hash, evidence.simulationsOf(hash));
        Map<ReviewRule, ItemResult> items = new EnumMap<>(ReviewRule.class);
        List<Finding> findings = new ArrayList<>();
        ReviewSink sink = new ReviewSink() {
            @Override
            public void item(ItemResult result) {
                if (items.put(result.item(), result) != null) {
                    throw new IllegalStateException("checklist item " + result.item().id() + " reported twice");
                }
                result.finding().ifPresent(findings::add);
            }

            @Override
            public void finding(Finding finding) {
                if (finding.rule().category() == RuleCategory.CHECKLIST) {
                    throw new IllegalStateException("checklist findings come with their item, but " + finding.id()
                            + " was reported alone");
                }
                findings.add(finding);
            }
        };
        for (Check check : CHECKS) {
            check.run(ctx, sink);
        }
        List<ItemResult> checklist = new ArrayList<>();
        for (ReviewRule item : ReviewRule.checklist()) {
            ItemResult r = items.get(item);
            if (r == null) {
                throw new IllegalStateException("no check evaluated checklist item " + item.id());
            }
            checklist.add(r);
        }
        findings.sort(WORST_FIRST);
        return new Review(design.name(), hash, checklist, findings, accepted);
    }
}
