// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

/**
 * A cancel flag shared between whoever started a batch (a UI button, Ctrl-C) and the workers, which check it
 * between replications. Once cancelled it stays cancelled. This class is threadsafe.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Asks the batch to stop after the replications now running. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }
}
