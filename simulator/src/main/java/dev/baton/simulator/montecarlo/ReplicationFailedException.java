// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

/**
 * A replication threw. Carries the index and seed, so the failing run can be replayed alone.
 */
public final class ReplicationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long index;
    private final long seed;

    public ReplicationFailedException(long index, long seed, Throwable cause) {
        super("replication " + index + " (seed " + seed + ") failed: " + cause, cause);
        this.index = index;
        this.seed = seed;
    }

    /** The 0-based index of the failed replication. */
    public long index() {
        return index;
    }

    /** The seed of the failed replication. */
    public long seed() {
        return seed;
    }
}
