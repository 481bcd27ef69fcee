// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

/**
 * Receives progress of a Monte Carlo batch. Called after each finished chunk, from whichever worker thread
 * finished it, one call at a time and with non-decreasing {@code completed}. Keep it cheap: a worker waits for it.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (completed, total) -> {};

    /** {@code completed} of {@code total} replications have finished. */
    void onProgress(long completed, long total);
}
