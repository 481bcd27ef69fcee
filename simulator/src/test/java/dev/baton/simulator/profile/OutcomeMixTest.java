// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeMixTest {

    @Test
    void missingOutcomesHaveProbabilityZero() {
        OutcomeMix mix = OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.9, Outcome.HANG, 0.1));
        assertThat(mix.probability(Outcome.CRASH)).isZero();
        assertThat(mix.probabilities()).hasSize(Outcome.values().length);
    }

    @Test
    void probabilitiesMustSumToOne() {
        assertThatThrownBy(() -> OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.9)))
                .hasMessageStartingWith("outcome probabilities must sum to 1, but sum to 0.9");
        assertThatThrownBy(() -> OutcomeMix.of(Map.of(Outcome.SUCCESS, 1.5, Outcome.FAILED, -0.5)))
                .hasMessage("probability of outcome success must be between 0 and 1, but was 1.5");
    }

    @Test
    void forcingBlendsTheForcedOutcomeIn() {
        OutcomeMix mix = OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.9, Outcome.MALFORMED, 0.1)).forcing(Outcome.MALFORMED, 0.3);
        assertThat(mix.probability(Outcome.MALFORMED)).isCloseTo(0.3 + 0.7 * 0.1, within(1e-12));
        assertThat(mix.probability(Outcome.SUCCESS)).isCloseTo(0.7 * 0.9, within(1e-12));
    }

    @Test
    void outcomeNamesRoundTripAndUnknownNamesAreListed() {
        for (Outcome o : Outcome.values()) {
            assertThat(Outcome.fromJson(o.jsonName())).isEqualTo(o);
        }
        assertThatThrownBy(() -> Outcome.fromJson("timeout"))
                .hasMessage("unknown outcome \"timeout\" (one of success, partial, failed, crash, hang, malformed)");
    }
}
