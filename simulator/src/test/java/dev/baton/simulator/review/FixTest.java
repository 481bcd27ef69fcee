// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.simulator.review.evidence.EvidenceSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FixTest {
    private static final DesignReviewer REVIEWER = new DesignReviewer(EvidenceSource.NONE);

    static Stream<Design> designsWithFindings() {
        return Stream.concat(Stream.of("incident-handoff-loop", "incident-retry-storm", "incident-silent-overwrite",
                "incident-lost-subtask", "incident-context-rot", "incident-compounding-hallucination")
                .map(SampleDesignFiles::load), Stream.of(TestDesigns.unguardedDemo()));
    }

    static Stream<Arguments> fixableFindings() {
        List<Arguments> cases = new ArrayList<>();
        designsWithFindings().forEach(d -> {
            for (Finding f : REVIEWER.review(d).findings()) {
                if (f.fix().isPresent()) {
                    cases.add(Arguments.of(d.name() + " " + f.id() + " " + f.nodes(), d, f));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixableFindings")
    void fixRemovesItsFindingAndIntroducesNoOther(String name, Design design, Finding finding) {
        Review before = REVIEWER.review(design);

        Design fixed = finding.fix().orElseThrow().apply(design);
        Review after = REVIEWER.review(fixed);

        assertThat(keys(after)).as("the fixed finding").doesNotContain(key(finding));
        Map<String, Integer> countBefore = countByRule(before);
        countByRule(after).forEach((rule, count) -> assertThat(count).as("findings of " + rule + " after the fix")
                .isLessThanOrEqualTo(countBefore.getOrDefault(rule, 0)));
        assertStructurallySound(fixed);
    }

    @Test
    void everyIncidentFindingHasAFixExceptEvidence() {
        designsWithFindings().forEach(d -> assertThat(REVIEWER.review(d).findings())
                .as(d.name()).allSatisfy(f -> assertThat(f.fix()).as(f.id()).isPresent()));
    }

    @Test
    void applyingEveryFixInTurnLeavesOnlyTheEvidenceItems() {
        Design design = TestDesigns.unguardedDemo();
        for (int round = 0; round < 30; round++) {
            Review review = REVIEWER.review(design);
            var fixable = review.findings().stream().filter(f -> f.fix().isPresent()).findFirst();
            if (fixable.isEmpty()) {
                break;
            }
            design = fixable.get().fix().orElseThrow().apply(design);
        }
        Review last = REVIEWER.review(design);

        assertThat(last.findings()).isEmpty();
        assertThat(last.score().passed()).isEqualTo(8);
        assertStructurallySound(design);
    }

    private static void assertStructurallySound(Design design) {
        Set<NodeId> ids = new HashSet<>();
        for (Node n : design.nodes()) {
            assertThat(ids.add(n.id())).as("unique node id " + n.id()).isTrue();
        }
        Set<String> edgeIds = new HashSet<>();
        var index = design.index();
        for (Edge e : design.edges()) {
            assertThat(edgeIds.add(e.id().value())).as("unique edge id " + e.id()).isTrue();
            assertThat(index.contains(e.from()) && index.contains(e.to())).as("endpoints of " + e.id()).isTrue();
            assertThat(e.kind().allows(index.node(e.from()).orElseThrow().kind(),
                    index.node(e.to()).orElseThrow().kind())).as("legal " + e.kind() + " edge " + e.id()).isTrue();
        }
    }

    private static Map<String, Integer> countByRule(Review review) {
        Map<String, Integer> counts = new HashMap<>();
        review.findings().forEach(f -> counts.merge(f.id(), 1, Integer::sum));
        return counts;
    }

    private static List<String> keys(Review review) {
        return review.findings().stream().map(FixTest::key).toList();
    }

    private static String key(Finding f) {
        return f.id() + " " + f.nodes();
    }
}
