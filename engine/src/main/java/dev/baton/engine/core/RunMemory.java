// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.util.Arrays;

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
    final RunList<Call> calls = new RunList<>(Call::new);
    final RunList<Timer> timers = new RunList<>(Timer::new);
    final RunList<Subtask> subtasks = new RunList<>(Subtask::new);
    private int[] invocations = new int[16];
    /** The run that may use this memory now. */
    private Object owner;

    /** Hands this memory to {@code run}, emptied; the previous owner may no longer use it. */
    void claim(Object run, int nodes) {
        owner = run;
        calls.reset();
        timers.reset();
        subtasks.reset();
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
}
