// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ItemStatus;
import dev.baton.simulator.review.Review;

/** A Markdown report for pull requests and wikis: checklist as a task list, findings as sections. */
public final class MarkdownReport implements ReviewReport {

    @Override
    public String render(ReportData data) {
        Review review = data.review();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(text(ReportText.title(data))).append("\n\n");
        out.append("_").append(text(ReportText.signature(data))).append("_\n\n");
        out.append("**").append(text(ReportText.scoreLine(data))).append("**\n\n");
        out.append("**").append(text(ReportText.gateLine(data))).append("**\n");
        for (String reason : data.verdict().reasons()) {
            out.append("- ").append(text(reason)).append('\n');
        }
        out.append("\n## Checklist\n\n");
        for (ItemResult r : review.checklist()) {
            out.append("- [").append(r.status() == ItemStatus.PASS ? "x" : " ").append("] **")
                    .append(r.item().id()).append("** ").append(text(r.item().title())).append(" — ")
                    .append(r.status().label()).append(": ").append(text(r.detail())).append('\n');
        }
        out.append("\n## Findings (").append(review.findings().size()).append(")\n");
        if (review.findings().isEmpty()) {
            out.append("\nNone.\n");
        }
        for (Finding f : review.findings()) {
            out.append("\n### ").append(f.severity().name()).append(" ").append(f.id()).append(": ")
                    .append(text(f.rule().title())).append("\n\n");
            out.append(text(f.detail())).append("\n\n");
            if (!f.nodes().isEmpty()) {
                out.append("- Nodes: ").append(code(ReportText.ids(f.nodes()))).append('\n');
            }
            if (!f.edges().isEmpty()) {
                out.append("- Edges: ").append(code(ReportText.ids(f.edges()))).append('\n');
            }
            out.append("- MAST: ").append(text(ReportText.mast(f.mast()))).append('\n');
            out.append("- Fix: ").append(text(ReportText.fix(f))).append('\n');
            ReportText.acceptance(review, f.rule()).ifPresent(r -> out.append("- Accepted: ").append(text(r))
                    .append('\n'));
            out.append("\n> ").append(text(f.why())).append('\n');
        }
        if (!review.acceptedRisks().isEmpty()) {
            out.append("\n## Accepted risks\n\n| rule | reason |\n|---|---|\n");
            for (AcceptedRisk a : review.acceptedRisks()) {
                out.append("| ").append(a.rule().id()).append(" | ").append(text(a.reason()).replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** Escapes what Markdown would otherwise interpret in user text (names, details). */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.toString();
    }

    private static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }
}
