// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.simulator.review.MastMode;
import dev.baton.simulator.review.SampleDesignFiles;
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
    void everyPatternIsReachableFromSomeCounterOrRunaway() {
        Set<FailurePattern> reached = EnumSet.noneOf(FailurePattern.class);
        for (NodeCounter c : NodeCounter.values()) {
            IncidentLabels.of(c).ifPresent(reached::add);
        }
        for (String sample : new String[] {"incident-handoff-loop", "adaptive-planning", "research-pipeline"}) {
            reached.add(RunawayPatterns.of(SampleDesignFiles.load(sample), false));
        }
        assertThat(reached).containsExactlyInAnyOrder(FailurePattern.values());
    }

    @Test
    void aRunawayIsLabelledWithWhatKeptTheDesignGoing() {
        assertThat(RunawayPatterns.of(SampleDesignFiles.load("incident-handoff-loop"), false))
                .isEqualTo(FailurePattern.HANDOFF_LOOP);
        assertThat(RunawayPatterns.of(SampleDesignFiles.load("adaptive-planning"), false))
                .isEqualTo(FailurePattern.CONVERGENCE_STARVATION);
        assertThat(RunawayPatterns.of(SampleDesignFiles.load("research-pipeline"), false))
                .isEqualTo(FailurePattern.RUNAWAY_SPEND);
        assertThat(RunawayPatterns.of(SampleDesignFiles.load("adaptive-planning"), true))
                .as("a run still waiting on a lost subtask").isEqualTo(FailurePattern.ORPHANED_SUBTASKS);
    }

    @Test
    void theLoopOfTheSeedIsFiledUnderTerminationConditions() {
        assertThat(FailurePattern.HANDOFF_LOOP.mast()).isEqualTo(MastMode.FM_1_5);
        assertThat(FailurePattern.RUNAWAY_RETRIES.label()).isEqualTo("runaway retry loops (FM-1.3 step repetition)");
    }
}
