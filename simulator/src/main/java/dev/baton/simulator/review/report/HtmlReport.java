// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.MastMode;
import dev.baton.simulator.review.Review;

/**
 * A self-contained HTML page (inline CSS, no scripts, no external assets) a team can attach to a design review
 * or print. Every piece of user text is escaped.
 */
public final class HtmlReport implements ReviewReport {
    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;
            padding:0 1rem;color:#1f2328;background:#fff}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}
            .sig{color:#57606a;font-size:.85rem;word-break:break-all}
            .score{display:flex;gap:1rem;align-items:center;margin:1rem 0;flex-wrap:wrap}
            .big{font-size:2.4rem;font-weight:700}
            .gate{padding:.3rem .7rem;border-radius:6px;font-weight:600}
            .passed{background:#dafbe1;color:#116329}.failed{background:#ffebe9;color:#a40e26}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:.4rem;
            text-align:left;vertical-align:top}
            .st{font-weight:600;white-space:nowrap}.pass{color:#116329}.fail{color:#a40e26}.no-evidence{color:#9a6700}
            .finding{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
            .blocker{border-left-color:#a40e26}.major{border-left-color:#bc4c00}.minor{border-left-color:#9a6700}
            .info{border-left-color:#0969da}
            .sev{font-size:.75rem;font-weight:700;text-transform:uppercase;padding:.1rem .4rem;border-radius:4px;
            color:#fff}
            .sev.blocker{background:#a40e26}.sev.major{background:#bc4c00}.sev.minor{background:#9a6700}
            .sev.info{background:#0969da}
            blockquote{margin:.5rem 0;padding-left:.8rem;border-left:3px solid #d0d7de;color:#57606a}
            code{background:#f6f8fa;padding:.05rem .3rem;border-radius:4px}
            .chip{display:inline-block;background:#ddf4ff;color:#0969da;border-radius:1rem;padding:0 .5rem;
            margin:.1rem;font-size:.8rem}
            .accepted{color:#57606a;font-style:italic}
            @media print{body{margin:0}.finding{break-inside:avoid}}
            """;

    @Override
    public String render(ReportData data) {
        Review review = data.review();
        var verdict = data.verdict();
        StringBuilder out = new StringBuilder(8_192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(ReportText.title(data))).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
        out.append("<h1>").append(esc(ReportText.title(data))).append("</h1>\n");
        out.append("<p class=\"sig\">").append(esc(ReportText.signature(data))).append("</p>\n");
        out.append("<div class=\"score\"><span class=\"big\">").append(review.score().fraction())
                .append("</span><span>").append(esc(ReportText.scoreLine(data))).append("</span><span class=\"gate ")
                .append(verdict.passed() ? "passed" : "failed").append("\">").append(esc(ReportText.gateLine(data)))
                .append("</span></div>\n");
        if (!verdict.reasons().isEmpty()) {
            out.append("<ul>\n");
            verdict.reasons().forEach(r -> out.append("<li>").append(esc(r)).append("</li>\n"));
            out.append("</ul>\n");
        }
        checklist(review, out);
        findings(review, out);
        if (!review.acceptedRisks().isEmpty()) {
            out.append("<h2>Accepted risks</h2>\n<table>\n<tr><th>Rule</th><th>Reason</th></tr>\n");
            for (AcceptedRisk a : review.acceptedRisks()) {
                out.append("<tr><td>").append(a.rule().id()).append("</td><td>").append(esc(a.reason()))
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void checklist(Review review, StringBuilder out) {
        out.append("<h2>Production-readiness checklist</h2>\n<table>\n")
                .append("<tr><th>Status</th><th>Item</th><th>Detail</th></tr>\n");
        for (ItemResult r : review.checklist()) {
            out.append("<tr><td class=\"st ").append(r.status().jsonName()).append("\">").append(esc(r.status().label()))
                    .append("</td><td><b>").append(r.item().id()).append("</b> ").append(esc(r.item().title()))
                    .append("</td><td>").append(esc(r.detail())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void findings(Review review, StringBuilder out) {
        out.append("<h2>Findings (").append(review.findings().size()).append(")</h2>\n");
        if (review.findings().isEmpty()) {
            out.append("<p>None.</p>\n");
        }
        for (Finding f : review.findings()) {
            String sev = f.severity().jsonName();
            out.append("<section class=\"finding ").append(sev).append("\">\n<h3><span class=\"sev ").append(sev)
                    .append("\">").append(sev).append("</span> ").append(f.id()).append(" ")
                    .append(esc(f.rule().title())).append("</h3>\n");
            out.append("<p>").append(esc(f.detail())).append("</p>\n");
            if (!f.nodes().isEmpty()) {
                out.append("<p>Nodes: <code>").append(esc(ReportText.ids(f.nodes()))).append("</code>");
                if (!f.edges().isEmpty()) {
                    out.append(" Edges: <code>").append(esc(ReportText.ids(f.edges()))).append("</code>");
                }
                out.append("</p>\n");
            }
            out.append("<blockquote>").append(esc(f.why())).append("</blockquote>\n<p>");
            for (MastMode m : f.mast()) {
                out.append("<span class=\"chip\">").append(esc(m.label())).append("</span>");
            }
            out.append("</p>\n<p><b>Fix:</b> ").append(esc(ReportText.fix(f))).append("</p>\n");
            ReportText.acceptance(review, f.rule()).ifPresent(r -> out.append("<p class=\"accepted\">Accepted: ")
                    .append(esc(r)).append("</p>\n"));
            out.append("</section>\n");
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
