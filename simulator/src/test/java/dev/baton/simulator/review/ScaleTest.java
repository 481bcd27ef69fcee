// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.EdgeKind;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.StartSpec;
import dev.baton.simulator.review.evidence.EvidenceSource;
import org.junit.jupiter.api.Test;

/** Large and deep designs: the review stays correct where a recursive walk would overflow the stack. */
class ScaleTest {
    private static final DesignReviewer REVIEWER = new DesignReviewer(EvidenceSource.NONE);

    @Test
    void generatedGuardedDesignOfFiveThousandNodesHasNoFindings() {
        Review review = REVIEWER.review(LargeDesigns.guarded(5_000), "0".repeat(64), java.util.List.of());

        assertThat(review.findings()).isEmpty();
        assertThat(review.score().passed()).isEqualTo(8);
    }

    @Test
    void hundredThousandAgentHandoffRingIsOneCycleWithoutExit() {
        int n = 100_000;
        DesignBuilder b = new DesignBuilder("ring", TaskPolicy.defaults()).node("start", StartSpec.defaults())
                .node("end", EndSpec.defaults());
        for (int i = 0; i < n; i++) {
            b.node("a" + i, AgentSpec.defaults());
            b.edge(EdgeKind.HANDOFF, "a" + i, "a" + ((i + 1) % n));
        }
        b.edge(EdgeKind.DELEGATE, "start", "a0");

        Review review = REVIEWER.review(b.build(), "0".repeat(64), java.util.List.of());

        assertThat(review.findings()).filteredOn(f -> f.rule() == ReviewRule.HANDOFF_CYCLE_NO_EXIT)
                .singleElement().satisfies(f -> assertThat(f.nodes()).hasSize(n));
    }
}
