// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.MastMode;
import dev.baton.simulator.review.Review;
import dev.baton.simulator.review.ReviewRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Phrases every human-readable format shares, so the text, Markdown and HTML reports say the same things. */
final class ReportText {
    private ReportText() {}

    static String title(ReportData data) {
        return "Baton design review: " + data.review().designName();
    }

    static String scoreLine(ReportData data) {
        var score = data.review().score();
        StringBuilder sb = new StringBuilder("Score ").append(score.fraction()).append(" checklist items");
        if (score.acceptedItems() > 0) {
            sb.append(" (+").append(score.acceptedItems()).append(" accepted)");
        }
        if (score.noEvidence() > 0) {
            sb.append(", ").append(score.noEvidence()).append(" without evidence yet");
        }
        return sb.append("; findings: ").append(score.findingsSummary()).toString();
    }

    static String gateLine(ReportData data) {
        return "Gate (" + data.gateDescription() + "): " + (data.verdict().passed() ? "PASSED" : "FAILED");
    }

    static String signature(ReportData data) {
        return "revision " + data.review().designHash() + ", reviewed by " + data.reviewer() + " at "
                + data.reviewedAt();
    }

    static String ids(List<?> ids) {
        return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    static String mast(List<MastMode> modes) {
        return modes.stream().map(MastMode::label).collect(Collectors.joining("; "));
    }

    static String fix(Finding f) {
        return f.fix().map(x -> x.label()).orElse("none in one step");
    }

    /** The reason a rule was accepted, if it was. */
    static Optional<String> acceptance(Review review, ReviewRule rule) {
        for (AcceptedRisk a : review.acceptedRisks()) {
            if (a.rule() == rule) {
                return Optional.of(a.reason());
            }
        }
        return Optional.empty();
    }
}
