// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.Design;
import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.DesignReviewer;
import dev.baton.simulator.review.Gate;
import dev.baton.simulator.review.Review;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.SampleDesignFiles;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.evidence.EvidenceSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportFormatsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");

    private static ReportData data(String sample, List<AcceptedRisk> accepted, Gate gate) {
        Design design = SampleDesignFiles.load(sample);
        Review review = new DesignReviewer(EvidenceSource.NONE).review(design, accepted);
        return new ReportData(review, gate, "dana", T0);
    }

    @Test
    void textShowsVerdictChecklistAndFindingsWorstFirst() {
        String text = ReportFormat.TEXT.renderer().render(data("incident-handoff-loop", List.of(), Gate.DEFAULT));

        assertThat(text).contains("Score 4/10", "FAILED", "[FAIL]            BTN-C02", "BLOCKER  BTN-C01",
                "why: \"Token budget at intake", "MAST: FM-1.3 step repetition", "fix: Set the global hop cap to 12");
        for (ReviewRule item : ReviewRule.checklist()) {
            assertThat(text).contains(item.id());
        }
    }

    @Test
    void markdownTicksExactlyThePassedItems() {
        ReportData data = data("incident-lost-subtask", List.of(), Gate.DEFAULT);

        String md = ReportFormat.MARKDOWN.renderer().render(data);

        assertThat(md.split("- \\[x\\]", -1)).hasSize(data.review().score().passed() + 1);
        assertThat(md).contains("### MAJOR BTN-C05", "> \"The orchestrator can't be a competent coordinator");
    }

    @Test
    void htmlIsSelfContainedAndEscapesUserText() {
        Design design = SampleDesignFiles.load("research-pipeline").withName("<script>alert('x')</script> & co");
        Review review = new DesignReviewer(EvidenceSource.NONE).review(design);

        String html = ReportFormat.HTML.renderer().render(new ReportData(review, Gate.DEFAULT, "dana", T0));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "&lt;script&gt;alert(&#39;x&#39;)")
                .doesNotContain("<script", "<link", "src=", "http://", "https://", "url(");
    }

    @Test
    void jsonCarriesScoreGateChecklistAndFindings() throws Exception {
        ReportData data = data("incident-silent-overwrite",
                List.of(new AcceptedRisk(ReviewRule.UNCONTROLLED_WRITES, "disjoint fields")), Gate.DEFAULT);

        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.renderer().render(data));

        assertThat(json.at("/design/hash").asText()).hasSize(64);
        assertThat(json.at("/score/passed").asInt()).isEqualTo(8);
        assertThat(json.at("/score/acceptedFindings").asInt()).isEqualTo(1);
        assertThat(json.at("/gate/passed").asBoolean()).isTrue();
        assertThat(json.get("checklist")).hasSize(10);
        assertThat(json.at("/findings/0/id").asText()).isEqualTo("BTN-M02");
        assertThat(json.at("/findings/0/nodes/0").asText()).isEqualTo("customer-record");
        assertThat(json.at("/findings/0/mast/0/code").asText()).isEqualTo("FM-2.5");
        assertThat(json.at("/findings/0/accepted").asBoolean()).isTrue();
        assertThat(json.at("/acceptedRisks/0/reason").asText()).isEqualTo("disjoint fields");
    }

    @Test
    void junitHasATestcasePerItemAndFindingWithFailuresAndSkips() throws Exception {
        ReportData data = data("incident-context-rot", List.of(), new Gate(0, Optional.of(Severity.MAJOR)));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ReportFormat.JUNIT.renderer().render(data).getBytes(StandardCharsets.UTF_8)));

        NodeList suites = xml.getElementsByTagName("testsuite");
        Element checklist = (Element) suites.item(0);
        Element findings = (Element) suites.item(1);
        assertThat(checklist.getAttribute("tests")).isEqualTo("10");
        assertThat(checklist.getAttribute("failures")).isEqualTo("0");
        assertThat(checklist.getAttribute("skipped")).isEqualTo("2");
        assertThat(findings.getAttribute("tests")).isEqualTo("1");
        assertThat(findings.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) findings.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("major");
        assertThat(failure.getTextContent()).contains("never modify files in /prod".substring(1));
    }

    @Test
    void junitLetsFindingsBelowTheGatePass() throws Exception {
        ReportData data = data("incident-context-rot", List.of(), Gate.DEFAULT);

        String xml = ReportFormat.JUNIT.renderer().render(data);

        assertThat(xml).contains("BTN-M01").doesNotContain("<failure");
    }
}
