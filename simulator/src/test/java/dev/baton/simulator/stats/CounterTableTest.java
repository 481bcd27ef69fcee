// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.NodeId;
import org.junit.jupiter.api.Test;

class CounterTableTest {
    private static final NodeId WORKER = NodeId.of("worker");
    private static final NodeId ANALYST = NodeId.of("analyst");

    @Test
    void mergeAddsPerNodeAndTotalsAcrossNodes() {
        CounterTable a = new CounterTable();
        a.increment(WORKER, NodeCounter.RETRIES);
        a.add(ANALYST, NodeCounter.LOST_UPDATES, 2);
        CounterTable b = new CounterTable();
        b.add(WORKER, NodeCounter.RETRIES, 4);
        b.increment(WORKER, NodeCounter.HOP_CAP_HITS);
        a.mergeFrom(b);
        assertThat(a.get(WORKER, NodeCounter.RETRIES)).isEqualTo(5);
        assertThat(a.get(ANALYST, NodeCounter.RETRIES)).isZero();
        assertThat(a.total(NodeCounter.LOST_UPDATES)).isEqualTo(2);
        assertThat(a.snapshot().keySet()).containsExactly(ANALYST, WORKER);
        assertThat(a.snapshot().get(WORKER)).containsEntry(NodeCounter.HOP_CAP_HITS, 1L).hasSize(NodeCounter.values().length);
    }

    @Test
    void rejectsNegativeIncrements() {
        assertThatThrownBy(() -> new CounterTable().add(WORKER, NodeCounter.ESCALATIONS, -1))
                .hasMessage("counter increment must be >= 0, but was -1 for ESCALATIONS of node worker");
    }
}
