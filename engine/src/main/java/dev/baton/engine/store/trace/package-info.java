// SPDX-License-Identifier: Apache-2.0
/**
 * A run's trace in the store: messages (with envelopes), decisions and store writes, ordered by one sequence
 * number per run, and the {@link dev.baton.engine.store.trace.TraceRecorder} that writes them during a run.
 */
package dev.baton.engine.store.trace;
