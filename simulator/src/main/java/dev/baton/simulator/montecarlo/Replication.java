// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

/**
 * One independent run of a model in virtual time: the W1-DES reference today, a design on the engine core later.
 * Implementations must be threadsafe (the runner calls one instance from several threads at once) and must draw
 * randomness only from the context's streams, so that a replication's result is a pure function of its context.
 *
 * @param <R> the result of one replication
 */
@FunctionalInterface
public interface Replication<R> {
    /** Runs replication {@code context.index()} and returns its result. */
    R run(ReplicationContext context);
}
