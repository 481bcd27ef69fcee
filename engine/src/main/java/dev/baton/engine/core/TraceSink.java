// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * Receives every trace event of a run, in order: messages, envelopes, decisions, store writes with before/after
 * state and writer, escalations, breaker transitions, lost constraints and the terminal outcome. The trace
 * database implements it; {@code dev.baton.engine.trace.MemoryTraceSink} keeps events in memory.
 *
 * <p>The engine calls a sink from one thread at a time per run. A sink shared by runs driven concurrently (the
 * real-time driver) must be threadsafe. A sink must not throw; it must not block for long on the virtual-time
 * path, where it runs inline.
 */
@FunctionalInterface
public interface TraceSink {
    /** A sink that drops everything. */
    TraceSink NONE = event -> { };

    void record(TraceEvent event);

    /**
     * The observer that takes messages and envelopes in place of their records, or null (the default) for a sink
     * that wants every event as a record. Asked once per run.
     */
    default CallObserver callObserver() {
        return null;
    }
}
