// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.Review;

/** A plain-text report for the terminal: the verdict first, then the checklist, then the findings worst first. */
public final class TextReport implements ReviewReport {

    @Override
    public String render(ReportData data) {
        Review review = data.review();
        StringBuilder out = new StringBuilder();
        out.append(ReportText.title(data)).append('\n');
        out.append(ReportText.signature(data)).append('\n');
        out.append(ReportText.scoreLine(data)).append('\n');
        out.append(ReportText.gateLine(data)).append('\n');
        for (String reason : data.verdict().reasons()) {
            out.append("  - ").append(reason).append('\n');
        }
        out.append("\nChecklist\n");
        for (ItemResult r : review.checklist()) {
            String status = "[" + r.status().label() + "]";
            out.append(String.format("  %-17s %s %s%n", status, r.item().id(), r.item().title()));
            out.append("                    ").append(r.detail()).append('\n');
        }
        out.append("\nFindings (").append(review.findings().size()).append(")\n");
        if (review.findings().isEmpty()) {
            out.append("  none\n");
        }
        for (Finding f : review.findings()) {
            out.append(String.format("  %-8s %s %s%n", f.severity().name(), f.id(), f.rule().title()));
            out.append("    ").append(f.detail()).append('\n');
            if (!f.nodes().isEmpty() || !f.edges().isEmpty()) {
                out.append("    nodes: ").append(ReportText.ids(f.nodes()));
                if (!f.edges().isEmpty()) {
                    out.append("; edges: ").append(ReportText.ids(f.edges()));
                }
                out.append('\n');
            }
            out.append("    why: ").append(f.why()).append('\n');
            out.append("    MAST: ").append(ReportText.mast(f.mast())).append('\n');
            out.append("    fix: ").append(ReportText.fix(f)).append('\n');
            ReportText.acceptance(review, f.rule()).ifPresent(r -> out.append("    accepted: ").append(r).append('\n'));
        }
        if (!review.acceptedRisks().isEmpty()) {
            out.append("\nAccepted risks\n");
            for (AcceptedRisk a : review.acceptedRisks()) {
                out.append("  ").append(a.rule().id()).append(": ").append(a.reason()).append('\n');
            }
        }
        return out.toString();
    }
}
