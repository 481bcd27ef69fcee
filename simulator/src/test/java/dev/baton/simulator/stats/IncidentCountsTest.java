// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentCountsTest {
    private static final int COUNTERS = NodeCounter.values().length;

    @Test
    void keepsTheTouchedSlotsOfADenseTableInNodeAndCounterOrder() {
        long[] table = new long[4 * COUNTERS];
        int a = IncidentCounts.slot(3, NodeCounter.RETRIES);
        int b = IncidentCounts.slot(0, NodeCounter.LOST_UPDATES);
        int c = IncidentCounts.slot(3, NodeCounter.CONSTRAINTS_LOST);
        table[a] = 2;
        table[b] = 1;
        table[c] = 5;

        IncidentCounts counts = IncidentCounts.of(table, new int[] {a, c, b, 99}, 3);

        assertThat(counts.size()).isEqualTo(3);
        assertThat(counts.node(0)).isZero();
        assertThat(counts.counter(0)).isEqualTo(NodeCounter.LOST_UPDATES);
        assertThat(counts.count(0)).isEqualTo(1);
        assertThat(counts.node(1)).isEqualTo(3);
        assertThat(counts.counter(1)).isEqualTo(NodeCounter.RETRIES);
        assertThat(counts.node(2)).isEqualTo(3);
        assertThat(counts.counter(2)).isEqualTo(NodeCounter.CONSTRAINTS_LOST);
        assertThat(counts.get(3, NodeCounter.CONSTRAINTS_LOST)).isEqualTo(5);
        assertThat(counts.get(1, NodeCounter.RETRIES)).isZero();
        assertThat(counts.total(NodeCounter.RETRIES)).isEqualTo(2);
        assertThat(counts.any(NodeCounter.LOST_UPDATES)).isTrue();
        assertThat(counts.any(NodeCounter.ESCALATIONS)).isFalse();
    }

    @Test
    void isACopyThatLaterChangesToTheTableDoNotReach() {
        long[] table = new long[2 * COUNTERS];
        int slot = IncidentCounts.slot(1, NodeCounter.ESCALATIONS);
        table[slot] = 1;
        IncidentCounts counts = IncidentCounts.of(table, new int[] {slot}, 1);
        table[slot] = 0;
        assertThat(counts.get(1, NodeCounter.ESCALATIONS)).isEqualTo(1);
    }

    @Test
    void noTouchedSlotsIsNone() {
        assertThat(IncidentCounts.of(new long[COUNTERS], new int[0], 0)).isSameAs(IncidentCounts.NONE);
        assertThat(IncidentCounts.NONE.size()).isZero();
        assertThat(IncidentCounts.NONE.total(NodeCounter.RETRIES)).isZero();
    }
}
