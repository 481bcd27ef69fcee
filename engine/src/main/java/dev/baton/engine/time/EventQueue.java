// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

/**
 * The pending events of a virtual-time run, in the total order (time, priority, sequence): earlier time first;
 * at the same time, lower priority runs first; then the order of scheduling. The sequence is a per-queue counter,
 * reset by {@link #clear()}, so a replication's order never depends on another's. Cancel by flag.
 *
 * <p>Not threadsafe.
 */
public interface EventQueue<T> {
    /** Schedules {@code payload}; the handle cancels it. */
    Scheduled<T> schedule(long time, int priority, T payload);

    /** The next event not cancelled, removed from the queue; null when the queue is empty. */
    Scheduled<T> poll();

    boolean isEmpty();

    /** Drops every event and restarts the sequence. */
    void clear();

    /** One scheduled event. */
    final class Scheduled<T> {
        final long time;
        final int priority;
        final long seq;
        final T payload;
        boolean cancelled;

        Scheduled(long time, int priority, long seq, T payload) {
            this.time = time;
            this.priority = priority;
            this.seq = seq;
            this.payload = payload;
        }

        public long time() {
            return time;
        }

        public int priority() {
            return priority;
        }

        public long seq() {
            return seq;
        }

        public T payload() {
            return payload;
        }

        public void cancel() {
            cancelled = true;
        }

        public boolean cancelled() {
            return cancelled;
        }

        boolean before(Scheduled<?> o) {
            if (time != o.time) {
                return time < o.time;
            }
            if (priority != o.priority) {
                return priority < o.priority;
            }
            return seq < o.seq;
        }
    }
}
