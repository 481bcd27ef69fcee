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
 * reusable slots of primitive arrays and the heap holds slot numbers next to their time and order (so that a
 * comparison reads only the heap's arrays), so scheduling allocates nothing once the arrays have grown to a run's
 * size; the Monte Carlo runs millions of events per second per thread through it.
 * Timers are cancelled by id and leave the heap at once, so the heap holds only what can still fire.
 *
 * <p>Not threadsafe.
 */
final class EventQueue {
    private static final int SEQ_BITS = 48;

    // Slots: one event each, reused through the free stack.
    private int[] kind = new int[32];
    private int[] id = new int[32];
    private Object[] payload = new Object[32];
    /** Where each slot sits in {@link #heap}; -1 when free. */
    private int[] position = new int[32];
    private int[] free = new int[32];
    private int freeCount;
    private int slots;

    /**
     * The binary heap, by position: the slot of each entry with its time and order copied beside it, so that
     * comparing two entries reads the heap's own arrays instead of following each slot number into the slots'.
     */
    private int[] heap = new int[32];
    private long[] heapTime = new long[32];
    /** Priority in the high bits, sequence in the low {@value #SEQ_BITS}: one comparison orders both. */
    private long[] heapOrder = new long[32];
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
            heapTime = Arrays.copyOf(heapTime, size * 2);
            heapOrder = Arrays.copyOf(heapOrder, size * 2);
        }
        siftUp(size++, s, at, ((long) priority << SEQ_BITS) | seq++);
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
        polledTime = heapTime[0];
        removeAt(0);
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
        if (slots == kind.length) {
            int n = slots * 2;
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

    /** Removes the heap entry at {@code i}, moving the last entry into its place. */
    private void removeAt(int i) {
        int n = --size;
        if (i == n) {
            return;
        }
        int last = heap[n];
        long t = heapTime[n];
        long o = heapOrder[n];
        int parent = (i - 1) >>> 1;
        if (i > 0 && less(t, o, heapTime[parent], heapOrder[parent])) {
            siftUp(i, last, t, o);
        } else {
            siftDown(i, last, t, o);
        }
    }

    /** The queue's order: (time, order) of the first entry before that of the second. */
    private static boolean less(long time1, long order1, long time2, long order2) {
        return time1 != time2 ? time1 < time2 : order1 < order2;
    }

    /** Moves slot {@code s} (time {@code t}, order {@code o}) up from heap position {@code i}. */
    private void siftUp(int i, int s, long t, long o) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = heapTime[parent];
            long po = heapOrder[parent];
            if (!less(t, o, pt, po)) {
                break;
            }
            place(i, heap[parent], pt, po);
            i = parent;
        }
        place(i, s, t, o);
    }

    /** Moves slot {@code s} (time {@code t}, order {@code o}) down from heap position {@code i}. */
    private void siftDown(int i, int s, long t, long o) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            long ct = heapTime[child];
            long co = heapOrder[child];
            int right = child + 1;
            if (right < size && less(heapTime[right], heapOrder[right], ct, co)) {
                child = right;
                ct = heapTime[right];
                co = heapOrder[right];
            }
            if (!less(ct, co, t, o)) {
                break;
            }
            place(i, heap[child], ct, co);
            i = child;
        }
        place(i, s, t, o);
    }

    private void place(int i, int s, long t, long o) {
        heap[i] = s;
        heapTime[i] = t;
        heapOrder[i] = o;
        position[s] = i;
    }
}
