// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.simulator.review.MastMode;
import dev.baton.simulator.stats.NodeCounter;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentLabelsTest {

    @ParameterizedTest
    @EnumSource(value = NodeCounter.class, mode = EnumSource.Mode.EXCLUDE, names = "ESCALATIONS")
    void everyIncidentCounterHasAPatternAndAMastMode(NodeCounter counter) {
        assertThat(IncidentLabels.of(counter)).isPresent();
        assertThat(IncidentLabels.of(counter).get().label()).contains("(FM-");
    }

    @Test
    void escalationsAreNotIncidents() {
        assertThat(IncidentLabels.of(NodeCounter.ESCALATIONS)).isEmpty();
    }

    @Test
    void everyPatternIsReachableFromSomeCounter() {
        Set<FailurePattern> reached = EnumSet.noneOf(FailurePattern.class);
        for (NodeCounter c : NodeCounter.values()) {
            IncidentLabels.of(c).ifPresent(reached::add);
        }
        assertThat(reached).containsExactlyInAnyOrder(FailurePattern.values());
    }

    @Test
    void theLoopOfTheSeedIsFiledUnderTerminationConditions() {
        assertThat(FailurePattern.HANDOFF_LOOP.mast()).isEqualTo(MastMode.FM_1_5);
        assertThat(FailurePattern.RUNAWAY_RETRIES.label()).isEqualTo("runaway retry loops (FM-1.3 step repetition)");
    }
}
