// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapEventQueueTest {

    @Test
    void ordersByTimeThenLowerPriorityThenSchedulingOrderAndSkipsCancelled() {
        HeapEventQueue<String> q = new HeapEventQueue<>();
        q.schedule(5, 2, "t5-timer");
        q.schedule(5, 1, "t5-answer-a");
        q.schedule(1, 2, "t1");
        q.schedule(5, 1, "t5-answer-b");
        q.schedule(3, 0, "t3-cancelled").cancel();
        q.schedule(5, 0, "t5-cancel-event");
        List<String> order = new ArrayList<>();
        for (EventQueue.Scheduled<String> e = q.poll(); e != null; e = q.poll()) {
            order.add(e.payload());
        }
        assertThat(order).containsExactly("t1", "t5-cancel-event", "t5-answer-a", "t5-answer-b", "t5-timer");
    }

    @Test
    void clearRestartsTheSequence() {
        HeapEventQueue<String> q = new HeapEventQueue<>();
        q.schedule(1, 0, "a");
        q.clear();
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.schedule(1, 0, "b").seq()).isZero();
    }

    @Test
    void keepsOrderOverManyEvents() {
        HeapEventQueue<Long> q = new HeapEventQueue<>();
        for (long i = 0; i < 1_000; i++) {
            long t = (i * 7919) % 1_000;
            q.schedule(t, 0, t);
        }
        long last = -1;
        for (EventQueue.Scheduled<Long> e = q.poll(); e != null; e = q.poll()) {
            assertThat(e.time()).isGreaterThanOrEqualTo(last);
            last = e.time();
        }
        assertThat(last).isEqualTo(999);
    }
}
