// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.simulator.review.evidence.EvidenceSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateTest {
    private static final DesignReviewer REVIEWER = new DesignReviewer(EvidenceSource.NONE);

    @Test
    void defaultGateFailsOnBlockersOnlyAndNamesThem() {
        Review loop = REVIEWER.review(SampleDesignFiles.load("incident-handoff-loop"));
        Review rot = REVIEWER.review(SampleDesignFiles.load("incident-context-rot"));

        Gate.Verdict verdict = Gate.DEFAULT.evaluate(loop);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reasons()).hasSize(4).allSatisfy(r -> assertThat(r).contains("(blocker)"));
        assertThat(Gate.DEFAULT.evaluate(rot).passed()).isTrue();
    }

    @Test
    void acceptedFailingItemsCountTowardTheMinimumScore() {
        var design = SampleDesignFiles.load("incident-lost-subtask");
        Gate gate = new Gate(8, Optional.empty());

        Review plain = REVIEWER.review(design);
        Review accepted = REVIEWER.review(design, List.of(
                new AcceptedRisk(ReviewRule.STATUS_ENVELOPES, "the workers are deterministic scripts")));

        assertThat(plain.score().passed()).isEqualTo(7);
        assertThat(gate.evaluate(plain).reasons()).containsExactly("score 7/10 is below the minimum of 8");
        assertThat(accepted.score().acceptedItems()).isEqualTo(1);
        assertThat(gate.evaluate(accepted).passed()).isTrue();
    }

    @Test
    void acceptedRiskNeedsAKnownRuleAndAReason() {
        assertThat(AcceptedRisk.parse("btn-m03 = shared quota upstream"))
                .isEqualTo(new AcceptedRisk(ReviewRule.RETRY_STORM, "shared quota upstream"));
        assertThatThrownBy(() -> AcceptedRisk.parse("BTN-M03=")).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> AcceptedRisk.parse("because")).hasMessageContaining("RULE=REASON");
        assertThatThrownBy(() -> new Gate(11, Optional.empty())).hasMessageContaining("but was 11");
    }
}
