// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The bookkeeping a run keeps per call, subtask and timer, lent by a driver to its runs one at a time so that a
 * thread's runs reuse it instead of allocating it anew. The Monte Carlo makes millions of calls per second per
 * thread; fresh objects at that rate cost more in cache misses and collections (and in scaling across cores, which
 * share the memory bus) than the bookkeeping itself.
 *
 * <p>A run started with a memory owns it until the next run is started with the same memory; from then on the
 * earlier run refuses events. Nothing of a run's outcome lives here: results and trace events are never reused.
 * Not threadsafe: one memory per driver thread.
 */
public final class RunMemory {
    final ArrayList<Call> calls = new ArrayList<>(16);
    final ArrayList<Timer> timers = new ArrayList<>(16);
    final ArrayList<Subtask> subtasks = new ArrayList<>(16);
    private final Pool<Call> callPool = new Pool<>(Call::new);
    private final Pool<Timer> timerPool = new Pool<>(Timer::new);
    private final Pool<Subtask> subtaskPool = new Pool<>(Subtask::new);
    private int[] invocations = new int[16];
    /** The run that may use this memory now. */
    private Object owner;

    /** Hands this memory to {@code run}, emptied; the previous owner may no longer use it. */
    void claim(Object run, int nodes) {
        owner = run;
        calls.clear();
        timers.clear();
        subtasks.clear();
        if (invocations.length < nodes) {
            invocations = new int[nodes];
        } else {
            Arrays.fill(invocations, 0, nodes, 0);
        }
    }

    boolean ownedBy(Object run) {
        return owner == run;
    }

    /** Invocations per node index of the current run, all 0 at the start. */
    int[] invocations() {
        return invocations;
    }

    /** The call for id {@code id} (the next index of {@link #calls}), from the pool when there is one. */
    Call call(int id) {
        return callPool.get(id);
    }

    Timer timer(int id) {
        return timerPool.get(id);
    }

    Subtask subtask(int index) {
        return subtaskPool.get(index);
    }

    /** Objects by index, created on first use and then kept. */
    private static final class Pool<T> {
        private final Supplier<T> create;
        private Object[] items = new Object[16];

        Pool(Supplier<T> create) {
            this.create = create;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            if (i >= items.length) {
                items = Arrays.copyOf(items, Math.max(items.length * 2, i + 1));
            }
            Object item = items[i];
            if (item == null) {
                item = create.get();
                items[i] = item;
            }
            return (T) item;
        }
    }
}
