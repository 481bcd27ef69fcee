// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SplitMix64} must draw exactly what {@link SplittableRandom} draws, so results per seed stay the same. */
class SplitMix64Test {
    private static final long[] SEEDS = {0L, 1L, -1L, 42L, Long.MIN_VALUE, Long.MAX_VALUE, 0x9e3779b97f4a7c15L,
        StreamSeeds.streamSeed(StreamSeeds.replicationSeed(7, 3), "worker-3")};

    @Test
    void drawsWhatSplittableRandomDrawsFromEveryMethodTheSimulatorUses() {
        for (long seed : SEEDS) {
            SplittableRandom expected = new SplittableRandom(seed);
            SplitMix64 actual = new SplitMix64(seed);
            for (int i = 0; i < 20_000; i++) {
                // Interleaved as a replication interleaves them, so the generators' states must agree throughout.
                switch (i % 6) {
                    case 0 -> assertThat(actual.nextLong()).as("nextLong #%d of seed %d", i, seed)
                            .isEqualTo(expected.nextLong());
                    case 1 -> assertThat(actual.nextDouble()).as("nextDouble #%d of seed %d", i, seed)
                            .isEqualTo(expected.nextDouble());
                    case 2 -> assertThat(actual.nextGaussian()).as("nextGaussian #%d of seed %d", i, seed)
                            .isEqualTo(expected.nextGaussian());
                    case 3 -> assertThat(actual.nextInt(1 + i % 13)).as("nextInt(bound) #%d of seed %d", i, seed)
                            .isEqualTo(expected.nextInt(1 + i % 13));
                    case 4 -> assertThat(actual.nextInt()).as("nextInt #%d of seed %d", i, seed)
                            .isEqualTo(expected.nextInt());
                    default -> assertThat(actual.nextDouble(0.5, 3.0)).as("nextDouble(a, b) #%d of seed %d", i, seed)
                            .isEqualTo(expected.nextDouble(0.5, 3.0));
                }
            }
        }
    }

    @Test
    void reseedStartsTheSequenceOfTheNewSeedAfresh() {
        SplitMix64 reused = new SplitMix64(5);
        for (int i = 0; i < 100; i++) {
            reused.nextGaussian();
        }
        reused.reseed(9);
        SplittableRandom fresh = new SplittableRandom(9);
        for (int i = 0; i < 1_000; i++) {
            assertThat(reused.nextDouble()).isEqualTo(fresh.nextDouble());
        }
    }

    @Test
    void reopenSetsAGeneratorToTheStreamOpenStarts() {
        RandomStreams streams = RandomStreams.forReplication(11, 4);
        StreamName name = StreamName.of("planner");
        SplitMix64 opened = streams.open(name);
        SplitMix64 reused = new SplitMix64(123);
        reused.nextLong();
        streams.reopen(reused, name);
        for (int i = 0; i < 1_000; i++) {
            assertThat(reused.nextLong()).isEqualTo(opened.nextLong());
        }
    }
}
