// SPDX-License-Identifier: Apache-2.0
/**
 * Traces in memory ({@link dev.baton.engine.trace.MemoryTraceSink}) and the check of a run's trace against the
 * runtime guarantees ({@link dev.baton.engine.trace.TraceInvariants}).
 */
package dev.baton.engine.trace;
