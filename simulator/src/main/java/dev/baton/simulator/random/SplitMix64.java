// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * SplitMix64, the generator of {@link SplittableRandom} draw for draw (same seed, same numbers from every method
 * the simulator calls: {@code SplitMix64Test} compares them), except that it can be set to a new seed. A simulator
 * thread keeps one per node and re-seeds it for each replication, instead of creating a {@code SplittableRandom}
 * (two objects) per node and replication. Only {@link #nextLong} and {@link #nextInt} are written here; the other
 * draws are {@link RandomGenerator}'s, as they are for {@code SplittableRandom}.
 *
 * <p>Not threadsafe, and it does not split: a replication's streams come from {@link StreamSeeds}.
 */
public final class SplitMix64 implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;

    public SplitMix64(long seed) {
        this.seed = seed;
    }

    /** Starts the sequence of {@code newSeed} afresh, as {@code new SplitMix64(newSeed)} would. */
    public void reseed(long newSeed) {
        this.seed = newSeed;
    }

    @Override
    public long nextLong() {
        return StreamSeeds.mix64(seed += GOLDEN_GAMMA);
    }

    @Override
    public int nextInt() {
        long z = seed += GOLDEN_GAMMA;
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
