// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The named random streams of one replication. {@code stream("worker.duration")} returns the same generator on
 * every call, so a source keeps drawing from its own sequence; different names give independent sequences.
 * Giving each source its own stream keeps a change in one source (one more draw for a retry) from shifting the
 * numbers every other source sees, which makes two designs or two fault plans comparable under common random
 * numbers.
 *
 * <p>The generator is L64X128MixRandom (JDK 17, period 2^128 * (2^64 - 1), passes BigCrush), seeded from
 * {@link StreamSeeds}. This class is not threadsafe: a replication runs on one thread.
 */
public final class RandomStreams {
    /** The JDK algorithm behind every stream. Looked up once, because the factory lookup uses a service loader. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private final long replicationSeed;
    // A replication uses a handful of streams; parallel arrays with a linear scan beat a HashMap here, and this
    // object is created once per replication, thousands of times a second.
    private String[] names = new String[4];
    private RandomGenerator[] generators = new RandomGenerator[4];
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

    /** The stream called {@code name}, created on first use. */
    public RandomGenerator stream(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return generators[i];
            }
        }
        RandomGenerator created = FACTORY.create(StreamSeeds.streamSeed(replicationSeed, name));
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
