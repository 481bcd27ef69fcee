// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.MastMode;
import dev.baton.simulator.review.Review;
import dev.baton.simulator.review.Score;
import dev.baton.simulator.review.Severity;

/**
 * The review as JSON for tools: keys in a fixed order, enum values in lower case, ids as strings. The shape is
 * documented in {@code docs/review.md}.
 */
public final class JsonReport implements ReviewReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(ReportData data) {
        try {
            return JSON.writeValueAsString(tree(data)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the review as JSON: " + e.getMessage(), e);
        }
    }

    /** The report as a Jackson tree. */
    public static ObjectNode tree(ReportData data) {
        Review review = data.review();
        ObjectNode root = JSON.createObjectNode();
        root.putObject("design").put("name", review.designName()).put("hash", review.designHash());
        root.put("reviewer", data.reviewer()).put("reviewedAt", data.reviewedAt().toString());
        Score score = review.score();
        ObjectNode s = root.putObject("score");
        s.put("passed", score.passed()).put("total", Score.ITEMS).put("acceptedItems", score.acceptedItems())
                .put("noEvidence", score.noEvidence());
        ObjectNode open = s.putObject("openFindings");
        for (Severity sev : Severity.values()) {
            open.put(sev.jsonName(), score.open(sev));
        }
        s.put("acceptedFindings", score.acceptedFindings());
        var verdict = data.verdict();
        ObjectNode gate = root.putObject("gate");
        gate.put("minScore", data.gate().minScore());
        data.gate().failOn().ifPresentOrElse(f -> gate.put("failOn", f.jsonName()), () -> gate.putNull("failOn"));
        gate.put("passed", verdict.passed());
        ArrayNode reasons = gate.putArray("reasons");
        verdict.reasons().forEach(reasons::add);
        ArrayNode checklist = root.putArray("checklist");
        for (ItemResult r : review.checklist()) {
            checklist.addObject().put("id", r.item().id()).put("title", r.item().title())
                    .put("status", r.status().jsonName()).put("detail", r.detail())
                    .put("accepted", review.isAccepted(r.item()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : review.findings()) {
            ObjectNode o = findings.addObject();
            o.put("id", f.id()).put("title", f.rule().title()).put("severity", f.severity().jsonName())
                    .put("detail", f.detail());
            ArrayNode nodes = o.putArray("nodes");
            f.nodes().forEach(n -> nodes.add(n.value()));
            ArrayNode edges = o.putArray("edges");
            f.edges().forEach(e -> edges.add(e.value()));
            o.put("why", f.why());
            ArrayNode mast = o.putArray("mast");
            for (MastMode m : f.mast()) {
                mast.addObject().put("code", m.code()).put("title", m.title());
            }
            f.fix().ifPresentOrElse(x -> o.put("fix", x.label()), () -> o.putNull("fix"));
            o.put("accepted", review.isAccepted(f.rule()));
        }
        ArrayNode risks = root.putArray("acceptedRisks");
        for (AcceptedRisk a : review.acceptedRisks()) {
            risks.addObject().put("rule", a.rule().id()).put("reason", a.reason());
        }
        return root;
    }
}
