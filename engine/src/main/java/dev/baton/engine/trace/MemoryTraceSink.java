// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.trace;

import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps trace events in memory, in order: for tests, the invariant checker, benchmarks and the simulator's
 * sampled runs. {@link #clear()} lets one sink serve many sequential runs without reallocating. Not threadsafe:
 * use one per run (or per driver thread).
 */
public final class MemoryTraceSink implements TraceSink {
    private final ArrayList<TraceEvent> events = new ArrayList<>();

    @Override
    public void record(TraceEvent event) {
        events.add(event);
    }

    /** The events so far (a live, unmodifiable view). */
    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** A copy of the events so far. */
    public List<TraceEvent> snapshot() {
        return List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    public void clear() {
        events.clear();
    }
}
