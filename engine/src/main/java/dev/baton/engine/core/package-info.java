// SPDX-License-Identifier: Apache-2.0
/**
 * The deterministic runtime core: {@link dev.baton.engine.core.RunPlan} (a design compiled for running) and
 * {@link dev.baton.engine.core.TaskRun} (the state machine of one run), the events it consumes, the commands it
 * emits ({@link dev.baton.engine.core.CommandSink}) and the facts it traces
 * ({@link dev.baton.engine.core.TraceSink}, {@link dev.baton.engine.core.TraceEvent}). No threads, clocks, I/O or
 * randomness live here; the drivers in {@code time} and {@code driver} supply them. Semantics: docs/runtime.md.
 */
package dev.baton.engine.core;
