// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The named random streams of one replication. {@code stream("worker.duration")} returns the same generator on
 * every call, so a source keeps drawing from its own sequence; different names give independent sequences.
 * Giving each source its own stream keeps a change in one source (one more draw for a retry) from shifting the
 * numbers every other source sees, which makes two designs or two fault plans comparable under common random
 * numbers.
 *
 * <p>The generator is SplitMix64 ({@link SplittableRandom}'s, as {@link SplitMix64} for the streams a caller reuses:
 * period 2^64 per stream, passes BigCrush), seeded
 * from {@link StreamSeeds}. L64X128MixRandom has a longer period, but it can only be created through
 * {@code RandomGeneratorFactory}, whose reflective constructor call cost more than a whole replication's model
 * events when a design has a dozen nodes (measured with JFR on the W1-DES core benchmark); streams here live for one
 * replication and draw a few hundred numbers, far below either period. This class is not threadsafe: a
 * replication runs on one thread.
 */
public final class RandomStreams {
    private final long replicationSeed;
    // A replication uses a handful of streams; parallel arrays with a linear scan beat a HashMap here, and this
    // object is created once per replication, thousands of times a second.
    private String[] names; // allocated on first use: callers that only open() never need them
    private RandomGenerator[] generators;
    private int size;

    private RandomStreams(long replicationSeed) {
        this.replicationSeed = replicationSeed;
    }

    /** The streams of replication {@code replication} (0-based) under {@code masterSeed}. */
    public static RandomStreams forReplication(long masterSeed, long replication) {
        return new RandomStreams(StreamSeeds.replicationSeed(masterSeed, replication));
    }

    /** Streams rooted directly at {@code seed}; for a single run outside a Monte Carlo batch. */
    public static RandomStreams fromSeed(long seed) {
        return new RandomStreams(seed);
    }

    /** The seed all of this replication's streams derive from. */
    public long replicationSeed() {
        return replicationSeed;
    }

    /**
     * A new generator at the start of the stream {@code name}, not kept by this object: for callers that keep
     * their streams themselves (one per node, by index) and open each once per replication. Opening the same name
     * twice starts the same sequence twice.
     */
    public SplitMix64 open(StreamName name) {
        return new SplitMix64(StreamSeeds.streamSeed(replicationSeed, name));
    }

    /** Sets {@code generator} to the start of the stream {@code name}: the same sequence {@link #open} starts. */
    public void reopen(SplitMix64 generator, StreamName name) {
        generator.reseed(StreamSeeds.streamSeed(replicationSeed, name));
    }

    /** The stream called {@code name}, created on first use. */
    public RandomGenerator stream(String name) {
        if (names == null) {
            names = new String[4];
            generators = new RandomGenerator[4];
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return generators[i];
            }
        }
        RandomGenerator created = new SplittableRandom(StreamSeeds.streamSeed(replicationSeed, name));
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            generators = Arrays.copyOf(generators, size * 2);
        }
        names[size] = name;
        generators[size] = created;
        size++;
        return created;
    }
}
