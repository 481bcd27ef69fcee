// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * The two events of every call, the message and the envelope that settles it, as their few facts instead of as
 * {@link TraceEvent.MessageSent} and {@link TraceEvent.EnvelopeReceived} records. A sink that only counts (the
 * simulator's, over tens of thousands of replications) offers one from {@link TraceSink#callObserver()}; the core
 * then calls it instead of building those two records, which are most of what a run allocates. Every other event
 * still arrives through {@link TraceSink#record}, in the same order relative to these calls.
 *
 * <p>Node indexes are positions in the design ({@link NodePlan#index()}).
 */
public interface CallObserver {
    /** A message to node {@code nodeIndex} opened {@code span} at run time {@code time}. */
    void messageSent(long time, long span, int nodeIndex, CallPurpose purpose);

    /** The envelope from node {@code nodeIndex} settled {@code span}; {@code failure} NONE for a success. */
    void envelopeReceived(long time, long span, int nodeIndex, FailureKind failure);
}
