// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
import dev.baton.model.format.ContentHash;
import dev.baton.simulator.review.evidence.EvidenceSource;
import dev.baton.simulator.review.evidence.InMemoryEvidenceSource;
import dev.baton.simulator.review.evidence.SimulationEvidence;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DesignReviewerTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    static Stream<Arguments> incidents() {
        return Stream.of(
                // No hop cap, no task owner, no termination criteria and no token or cost ceiling.
                Arguments.of("incident-handoff-loop", List.of("BTN-C01", "BTN-C02", "BTN-C04", "BTN-C09")),
                // Three agents retry one ERP service with no shared retry budget and no breaker.
                Arguments.of("incident-retry-storm", List.of("BTN-M03")),
                // Two parallel writers, a store without concurrency control.
                Arguments.of("incident-silent-overwrite", List.of("BTN-M02")),
                // Workers without timeouts and without output contracts.
                Arguments.of("incident-lost-subtask", List.of("BTN-C05", "BTN-M05")),
                // The /prod constraint travels as prose.
                Arguments.of("incident-context-rot", List.of("BTN-M01")),
                // Each high-stakes agent's output travels on unverified; no validator before the report.
                Arguments.of("incident-compounding-hallucination",
                        List.of("BTN-M04", "BTN-M04", "BTN-M04", "BTN-C07")));
    }

    static Stream<String> rightDesigns() {
        return Stream.of("research-pipeline", "support-handoff", "adaptive-planning");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void eachIncidentGetsExactlyTheFindingsItsStoryPredicts(String incident, List<String> expected) {
        Review review = reviewer(EvidenceSource.NONE).review(SampleDesignFiles.load(incident));

        assertThat(ids(review)).as(incident).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightDesigns")
    void rightDesignScoresTenOnceItsEvidenceExists(String name) {
        Design design = SampleDesignFiles.load(name);
        InMemoryEvidenceSource evidence = new InMemoryEvidenceSource();
        evidence.add(new SimulationEvidence("sim-1", ContentHash.of(design), T0, 1_000,
                List.of("worker crashes at t=15s"), 12));

        Review review = reviewer(evidence).review(design);

        assertThat(review.findings()).isEmpty();
        assertThat(review.score().passed()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightDesigns")
    void withoutEvidenceTheTwoEvidenceItemsReadNoEvidenceNeverPass(String name) {
        Review review = reviewer(EvidenceSource.NONE).review(SampleDesignFiles.load(name));

        assertThat(review.checklist()).filteredOn(r -> r.status() == ItemStatus.NO_EVIDENCE)
                .extracting(r -> r.item().id()).containsExactly("BTN-C08", "BTN-C10");
        assertThat(review.score().passed()).isEqualTo(8);
        assertThat(review.score().noEvidence()).isEqualTo(2);
    }

    @Test
    void evidenceOfAnotherRevisionDoesNotCount() {
        Design design = SampleDesignFiles.load("research-pipeline");
        InMemoryEvidenceSource evidence = new InMemoryEvidenceSource();
        evidence.add(new SimulationEvidence("old", ContentHash.of(design.withDescription("older")), T0,
                1_000, List.of("search down"), 5));

        Review review = reviewer(evidence).review(design);

        assertThat(review.score().noEvidence()).isEqualTo(2);
    }

    @Test
    void simulationWithoutInjectedFailuresOrEscalationsFailsTheEvidenceItems() {
        Design design = SampleDesignFiles.load("research-pipeline");
        InMemoryEvidenceSource evidence = new InMemoryEvidenceSource();
        evidence.add(new SimulationEvidence("calm", ContentHash.of(design), T0, 1_000, List.of(), 0));

        Review review = reviewer(evidence).review(design);

        assertThat(ids(review)).containsExactlyInAnyOrder("BTN-C08", "BTN-C10");
        assertThat(review.score().passed()).isEqualTo(8);
    }

    @Test
    void unguardedDemoTripsEveryKindOfRule() {
        Review review = reviewer(EvidenceSource.NONE).review(TestDesigns.unguardedDemo());

        assertThat(ids(review)).contains("BTN-C01", "BTN-C02", "BTN-C03", "BTN-C04", "BTN-C05", "BTN-C06",
                "BTN-C07", "BTN-C08", "BTN-C09", "BTN-M02", "BTN-M03", "BTN-M04", "BTN-M05", "BTN-M06", "BTN-M07",
                "BTN-M08", "BTN-G01", "BTN-G02", "BTN-G03", "BTN-G04");
        assertThat(review.score().passed()).isZero();
        assertThat(review.findings().get(0).severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void findingsNameTheNodesAndEdgesTheyConcern() {
        Review review = reviewer(EvidenceSource.NONE).review(SampleDesignFiles.load("incident-silent-overwrite"));

        Finding f = review.findings().get(0);
        assertThat(f.nodes()).extracting(Object::toString)
                .containsExactly("customer-record", "address-enricher", "billing-enricher");
        assertThat(f.edges()).extracting(Object::toString).containsExactly("address-writes", "billing-writes");
        assertThat(f.why()).contains("One update overwrites the other");
        assertThat(f.mast()).contains(MastMode.FM_2_5);
    }

    static DesignReviewer reviewer(EvidenceSource evidence) {
        return new DesignReviewer(evidence);
    }

    static List<String> ids(Review review) {
        return review.findings().stream().map(Finding::id).toList();
    }
}
