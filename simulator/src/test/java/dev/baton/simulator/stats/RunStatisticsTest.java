// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.NodeId;
import org.junit.jupiter.api.Test;

class RunStatisticsTest {

    @Test
    void summaryCombinesOutcomesDistributionsAndCounters() {
        RunStatistics<String> a = new RunStatistics<>();
        a.record("completed", new RunStatistics.RunMeasures(1000, 0.02, 4.0, 3));
        a.counters().increment(NodeId.of("w"), NodeCounter.RETRIES);
        RunStatistics<String> b = new RunStatistics<>();
        b.record("runaway", new RunStatistics.RunMeasures(9000, 0.5, 60.0, 16));
        a.mergeFrom(b);
        RunStatistics.Summary<String> s = a.summary();
        assertThat(s.runs()).isEqualTo(2);
        assertThat(s.outcomes()).extracting(Tally.Share::key).containsExactly("completed", "runaway");
        assertThat(s.tokens().max()).isEqualTo(9000);
        assertThat(s.hops().mean()).isEqualTo(9.5);
        assertThat(s.counters().get(NodeId.of("w"))).containsEntry(NodeCounter.RETRIES, 1L);
    }

    @Test
    void rejectsNegativeMeasures() {
        assertThatThrownBy(() -> new RunStatistics.RunMeasures(-1, 0, 0, 0))
                .hasMessage("run measures must be >= 0, but were tokens=-1 cost=0.0 latencySeconds=0.0 hops=0");
    }
}
