// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    private static final int EVENT = 0;
    private static final int TIMER = 1;

    private static List<Object> drain(EventQueue q) {
        List<Object> order = new ArrayList<>();
        while (q.poll()) {
            order.add(q.payload());
        }
        return order;
    }

    @Test
    void ordersByTimeThenLowerPriorityThenSchedulingOrderAndDropsCancelledTimers() {
        EventQueue q = new EventQueue(TIMER);
        q.schedule(5, 2, TIMER, 0, "t5-timer");
        q.schedule(5, 1, EVENT, 0, "t5-answer-a");
        q.schedule(1, 2, TIMER, 1, "t1");
        q.schedule(5, 1, EVENT, 1, "t5-answer-b");
        q.schedule(3, 0, TIMER, 2, "t3-cancelled");
        q.schedule(5, 0, EVENT, 2, "t5-cancel-event");
        q.cancelTimer(2);
        assertThat(drain(q)).containsExactly("t1", "t5-cancel-event", "t5-answer-a", "t5-answer-b", "t5-timer");
    }

    @Test
    void pollGivesTheEventsFieldsAndAFiredTimerCannotBeCancelledAgain() {
        EventQueue q = new EventQueue(TIMER);
        q.schedule(7, 2, TIMER, 4, null);
        q.schedule(9, 1, EVENT, 11, "answer");
        assertThat(q.poll()).isTrue();
        assertThat(q.time()).isEqualTo(7);
        assertThat(q.kind()).isEqualTo(TIMER);
        assertThat(q.id()).isEqualTo(4);
        q.cancelTimer(4);
        assertThat(q.poll()).isTrue();
        assertThat(q.id()).isEqualTo(11);
        assertThat(q.payload()).isEqualTo("answer");
        assertThat(q.poll()).isFalse();
        assertThat(q.isEmpty()).isTrue();
    }

    @Test
    void clearDropsEverythingAndRestartsTheSequence() {
        EventQueue q = new EventQueue(TIMER);
        q.schedule(1, 1, EVENT, 0, "a");
        q.schedule(1, 2, TIMER, 0, "timer");
        q.clear();
        assertThat(q.isEmpty()).isTrue();
        q.cancelTimer(0);
        q.schedule(1, 1, EVENT, 0, "b");
        q.schedule(1, 1, EVENT, 0, "c");
        assertThat(drain(q)).containsExactly("b", "c");
    }

    @Test
    void keepsTheTotalOrderOverManyEventsWithCancellationsInBetween() {
        SplittableRandom random = new SplittableRandom(42);
        EventQueue q = new EventQueue(TIMER);
        // The expected order: a sorted map keyed by (time, priority, sequence).
        TreeMap<String, String> expected = new TreeMap<>();
        List<String> timerKeys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            long time = random.nextLong(200);
            int priority = random.nextInt(3);
            boolean timer = priority == 2;
            String payload = "e" + i;
            String key = String.format("%05d-%d-%06d", time, priority, i);
            q.schedule(time, priority, timer ? TIMER : EVENT, timer ? timerKeys.size() : i, payload);
            expected.put(key, payload);
            if (timer) {
                timerKeys.add(key);
            }
            if (!timerKeys.isEmpty() && random.nextInt(4) == 0) {
                int t = random.nextInt(timerKeys.size());
                q.cancelTimer(t);
                expected.remove(timerKeys.get(t));
            }
        }
        assertThat(drain(q)).containsExactlyElementsOf(expected.values());
    }
}
