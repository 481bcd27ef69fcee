// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import java.util.Arrays;

/** A binary-heap {@link EventQueue}; the array is kept across {@link #clear()} so replications reuse it. */
public final class HeapEventQueue<T> implements EventQueue<T> {
    private Scheduled<?>[] heap = new Scheduled<?>[64];
    private int size;
    private long seq;

    @Override
    public Scheduled<T> schedule(long time, int priority, T payload) {
        Scheduled<T> e = new Scheduled<>(time, priority, seq++, payload);
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Scheduled<?> p = heap[parent];
            if (!e.before(p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Scheduled<T> poll() {
        while (size > 0) {
            Scheduled<?> top = heap[0];
            Scheduled<?> last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                siftDown(last);
            }
            if (!top.cancelled) {
                return (Scheduled<T>) top;
            }
        }
        return null;
    }

    private void siftDown(Scheduled<?> e) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Scheduled<?> c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[child];
            }
            if (!c.before(e)) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = e;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void clear() {
        Arrays.fill(heap, 0, size, null);
        size = 0;
        seq = 0;
    }
}
