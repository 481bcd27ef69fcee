// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

/**
 * The shape of a Monte Carlo batch.
 *
 * @param replications how many replications to run, >= 1
 * @param masterSeed   the seed every replication's seed derives from
 * @param threads      worker threads, >= 1; changes speed only, never the result
 * @param chunkSize    replications per unit of work, >= 1; part of the result's identity (see {@link Aggregation}),
 *                     so keep the default when results must match across runs
 */
public record MonteCarloSettings(long replications, long masterSeed, int threads, int chunkSize) {
    /** The default batch size. */
    public static final long DEFAULT_REPLICATIONS = 10_000;
    /** Large enough that merging and progress calls are negligible, small enough to balance load and cancel fast. */
    public static final int DEFAULT_CHUNK_SIZE = 256;

    public MonteCarloSettings {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, but was " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, but was " + threads);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, but was " + chunkSize);
        }
    }

    /** {@link #DEFAULT_REPLICATIONS} replications on every available core. */
    public static MonteCarloSettings defaults(long masterSeed) {
        return new MonteCarloSettings(DEFAULT_REPLICATIONS, masterSeed, Runtime.getRuntime().availableProcessors(),
                DEFAULT_CHUNK_SIZE);
    }

    /** A copy with another number of replications. */
    public MonteCarloSettings withReplications(long n) {
        return new MonteCarloSettings(n, masterSeed, threads, chunkSize);
    }

    /** A copy with another number of threads. */
    public MonteCarloSettings withThreads(int n) {
        return new MonteCarloSettings(replications, masterSeed, n, chunkSize);
    }

    /** A copy with another master seed. */
    public MonteCarloSettings withMasterSeed(long seed) {
        return new MonteCarloSettings(replications, seed, threads, chunkSize);
    }
}
