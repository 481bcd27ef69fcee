// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import java.util.Arrays;

/**
 * The pending events of a virtual-time run, in the total order (time, priority, sequence): earlier time first; at
 * the same time, lower priority first; then the order of scheduling. The sequence is a per-queue counter, reset by
 * {@link #clear()}, so a replication's order never depends on another's. Because the order is total, removing an
 * event never changes the order of the others.
 *
 * <p>An event is a kind, an int id (a call, timer or escalation number) and an optional payload. Events live in
 * reusable slots of primitive arrays and the heap holds slot numbers, so scheduling allocates nothing once the
 * arrays have grown to a run's size; the Monte Carlo runs millions of events per second per thread through it.
 * Timers are cancelled by id and leave the heap at once, so the heap holds only what can still fire.
 *
 * <p>Not threadsafe.
 */
final class EventQueue {
    private static final int SEQ_BITS = 48;

    // Slots: one event each, reused through the free stack.
    private long[] time = new long[32];
    /** Priority in the high bits, sequence in the low {@value #SEQ_BITS}: one comparison orders both. */
    private long[] order = new long[32];
    private int[] kind = new int[32];
    private int[] id = new int[32];
    private Object[] payload = new Object[32];
    /** Where each slot sits in {@link #heap}; -1 when free. */
    private int[] position = new int[32];
    private int[] free = new int[32];
    private int freeCount;
    private int slots;

    private int[] heap = new int[32];
    private int size;
    private long seq;

    /** Slot of each pending timer by timer id, -1 when none. */
    private int[] timerSlot = new int[32];
    private final int timerKind;

    // The event taken by the last poll().
    private long polledTime;
    private int polledKind;
    private int polledId;
    private Object polledPayload;

    /** A queue whose events of kind {@code timerKind} are timers, cancellable by id with {@link #cancelTimer}. */
    EventQueue(int timerKind) {
        this.timerKind = timerKind;
        Arrays.fill(timerSlot, -1);
    }

    /** Schedules an event; {@code priority} must be between 0 and 127. */
    void schedule(long at, int priority, int eventKind, int eventId, Object eventPayload) {
        int s = freeCount > 0 ? free[--freeCount] : newSlot();
        time[s] = at;
        order[s] = ((long) priority << SEQ_BITS) | seq++;
        kind[s] = eventKind;
        id[s] = eventId;
        payload[s] = eventPayload;
        if (eventKind == timerKind) {
            if (eventId >= timerSlot.length) {
                int old = timerSlot.length;
                timerSlot = Arrays.copyOf(timerSlot, Math.max(old * 2, eventId + 1));
                Arrays.fill(timerSlot, old, timerSlot.length, -1);
            }
            timerSlot[eventId] = s;
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, s);
    }

    /** Drops the pending timer {@code timerId}; nothing happens when it is not pending. */
    void cancelTimer(int timerId) {
        if (timerId >= timerSlot.length || timerSlot[timerId] < 0) {
            return;
        }
        int s = timerSlot[timerId];
        timerSlot[timerId] = -1;
        removeAt(position[s]);
        release(s);
    }

    /** Takes the next event; false when none is pending. Its fields are then {@link #time()} and the like. */
    boolean poll() {
        if (size == 0) {
            return false;
        }
        int s = heap[0];
        removeAt(0);
        polledTime = time[s];
        polledKind = kind[s];
        polledId = id[s];
        polledPayload = payload[s];
        if (polledKind == timerKind) {
            timerSlot[polledId] = -1;
        }
        release(s);
        return true;
    }

    long time() {
        return polledTime;
    }

    int kind() {
        return polledKind;
    }

    int id() {
        return polledId;
    }

    Object payload() {
        return polledPayload;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Drops every event and restarts the sequence; the arrays are kept for the next run. */
    void clear() {
        while (size > 0) {
            int s = heap[--size];
            if (kind[s] == timerKind) {
                timerSlot[id[s]] = -1;
            }
            release(s);
        }
        polledPayload = null;
        seq = 0;
    }

    private int newSlot() {
        if (slots == time.length) {
            int n = slots * 2;
            time = Arrays.copyOf(time, n);
            order = Arrays.copyOf(order, n);
            kind = Arrays.copyOf(kind, n);
            id = Arrays.copyOf(id, n);
            payload = Arrays.copyOf(payload, n);
            position = Arrays.copyOf(position, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }

    private void release(int s) {
        payload[s] = null;
        position[s] = -1;
        free[freeCount++] = s;
    }

    private boolean before(int a, int b) {
        return time[a] != time[b] ? time[a] < time[b] : order[a] < order[b];
    }

    /** Removes the heap entry at {@code i}, moving the last entry into its place. */
    private void removeAt(int i) {
        int last = heap[--size];
        if (i == size) {
            return;
        }
        if (i > 0 && before(last, heap[(i - 1) >>> 1])) {
            siftUp(i, last);
        } else {
            siftDown(i, last);
        }
    }

    private void siftUp(int i, int s) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!before(s, p)) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = s;
        position[s] = i;
    }

    private void siftDown(int i, int s) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!before(c, s)) {
                break;
            }
            heap[i] = c;
            position[c] = i;
            i = child;
        }
        heap[i] = s;
        position[s] = i;
    }
}
