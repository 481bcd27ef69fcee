// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A run's calls, subtasks or timers, numbered in the order they were made, whose objects are kept for the next
 * run of the same driver: {@link #append} hands out the object of the next slot (created the first time a run
 * gets that far) and {@link #reset} only forgets the count. It is both the list and the pool of
 * {@link RunMemory}, so starting a run clears nothing and numbering an object is one array store. Not threadsafe.
 */
final class RunList<T> {
    private final Supplier<T> create;
    private Object[] items = new Object[16];
    private int size;

    RunList(Supplier<T> create) {
        this.create = create;
    }

    /** The object of the next slot, now the list's last; the caller initialises every field of it. */
    @SuppressWarnings("unchecked")
    T append() {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        Object item = items[size];
        if (item == null) {
            item = create.get();
            items[size] = item;
        }
        size++;
        return (T) item;
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("no element " + i + " among " + size);
        }
        return (T) items[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the list for the next run; the objects stay for {@link #append} to hand out again. */
    void reset() {
        size = 0;
    }
}
