// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
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
                Arguments.of(SampleDesigns.incidentHandoffLoop(), List.of("BTN-C02", "BTN-C04", "BTN-C09")),
                Arguments.of(SampleDesigns.incidentRetryStorm(), List.of("BTN-C01", "BTN-M03")),
                Arguments.of(SampleDesigns.incidentSilentOverwrite(), List.of("BTN-M02")),
                Arguments.of(SampleDesigns.incidentLostSubtask(), List.of("BTN-C05", "BTN-C06", "BTN-M05")),
                Arguments.of(SampleDesigns.incidentContextRot(), List.of("BTN-M01")),
                Arguments.of(SampleDesigns.incidentCompoundingHallucination(),
                        List.of("BTN-M04", "BTN-M04", "BTN-M08")));
    }

    static Stream<Design> rightDesigns() {
        return Stream.of(SampleDesigns.researchPipeline(), SampleDesigns.supportHandoff(),
                SampleDesigns.adaptivePlanning());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void eachIncidentGetsExactlyTheFindingsItsStoryPredicts(Design incident, List<String> expected) {
        Review review = reviewer(EvidenceSource.NONE).review(incident);

        assertThat(ids(review)).as(incident.name()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightDesigns")
    void rightDesignScoresTenOnceItsEvidenceExists(Design design) {
        InMemoryEvidenceSource evidence = new InMemoryEvidenceSource();
        evidence.add(new SimulationEvidence("sim-1", DesignHashing.INTERIM.hash(design), T0, 1_000,
                List.of("worker crashes at t=15s"), 12));

        Review review = reviewer(evidence).review(design);

        assertThat(review.findings()).isEmpty();
        assertThat(review.score().passed()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightDesigns")
    void withoutEvidenceTheTwoEvidenceItemsReadNoEvidenceNeverPass(Design design) {
        Review review = reviewer(EvidenceSource.NONE).review(design);

        assertThat(review.checklist()).filteredOn(r -> r.status() == ItemStatus.NO_EVIDENCE)
                .extracting(r -> r.item().id()).containsExactly("BTN-C08", "BTN-C10");
        assertThat(review.score().passed()).isEqualTo(8);
        assertThat(review.score().noEvidence()).isEqualTo(2);
    }

    @Test
    void evidenceOfAnotherRevisionDoesNotCount() {
        Design design = SampleDesigns.researchPipeline();
        InMemoryEvidenceSource evidence = new InMemoryEvidenceSource();
        evidence.add(new SimulationEvidence("old", DesignHashing.INTERIM.hash(design.withDescription("older")), T0,
                1_000, List.of("search down"), 5));

        Review review = reviewer(evidence).review(design);

        assertThat(review.score().noEvidence()).isEqualTo(2);
    }

    @Test
    void simulationWithoutInjectedFailuresOrEscalationsFailsTheEvidenceItems() {
        Design design = SampleDesigns.researchPipeline();
        InMemoryEvidenceSource evidence = new InMemoryEvidenceSource();
        evidence.add(new SimulationEvidence("calm", DesignHashing.INTERIM.hash(design), T0, 1_000, List.of(), 0));

        Review review = reviewer(evidence).review(design);

        assertThat(ids(review)).containsExactlyInAnyOrder("BTN-C08", "BTN-C10");
        assertThat(review.score().passed()).isEqualTo(8);
    }

    @Test
    void unguardedDemoTripsEveryKindOfRule() {
        Review review = reviewer(EvidenceSource.NONE).review(SampleDesigns.unguardedDemo());

        assertThat(ids(review)).contains("BTN-C01", "BTN-C02", "BTN-C03", "BTN-C04", "BTN-C05", "BTN-C06",
                "BTN-C07", "BTN-C08", "BTN-C09", "BTN-M02", "BTN-M03", "BTN-M04", "BTN-M05", "BTN-M06", "BTN-M07",
                "BTN-M08", "BTN-G01", "BTN-G02", "BTN-G03", "BTN-G04");
        assertThat(review.score().passed()).isZero();
        assertThat(review.findings().get(0).severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void findingsNameTheNodesAndEdgesTheyConcern() {
        Review review = reviewer(EvidenceSource.NONE).review(SampleDesigns.incidentSilentOverwrite());

        Finding f = review.findings().get(0);
        assertThat(f.nodes()).extracting(Object::toString).containsExactly("notes", "researcher", "analyst");
        assertThat(f.edges()).extracting(Object::toString).containsExactly("e6", "e7");
        assertThat(f.why()).contains("One update overwrites the other");
        assertThat(f.mast()).contains(MastMode.FM_2_5);
    }

    static DesignReviewer reviewer(EvidenceSource evidence) {
        return new DesignReviewer(evidence, DesignHashing.INTERIM);
    }

    static List<String> ids(Review review) {
        return review.findings().stream().map(Finding::id).toList();
    }
}
