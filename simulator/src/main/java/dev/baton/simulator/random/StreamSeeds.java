// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

/**
 * Derives seeds for replications and named streams from one master seed. The derivation is a pure function, so
 * the seed of (master, replication, name) never depends on which thread asks, in which order, or how many
 * replications run.
 *
 * <p>Mixing uses the SplitMix64 finaliser (Stafford's variant 13): every input bit affects every output bit, so
 * neighbouring replication indices and similar names give unrelated seeds. Names are hashed with 64-bit FNV-1a
 * over their UTF-16 code units, which is stable across JVMs (unlike {@link String#hashCode()} collisions, which
 * are easy to hit with short names).
 *
 * <p>This class is stateless and threadsafe.
 */
public final class StreamSeeds {
    /** The golden-ratio increment of SplitMix64; odd, so {@code i * GAMMA} is a bijection on longs. */
    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StreamSeeds() {}

    /** The seed of replication {@code replication} (0-based) under {@code masterSeed}. */
    public static long replicationSeed(long masterSeed, long replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0, but was " + replication);
        }
        return mix64(mix64(masterSeed) + GAMMA * (replication + 1));
    }

    /** The seed of the stream called {@code name} inside the replication whose seed is {@code replicationSeed}. */
    public static long streamSeed(long replicationSeed, String name) {
        return streamSeed(replicationSeed, StreamName.of(name));
    }

    /** The same as {@link #streamSeed(long, String)}, with the name's hash computed beforehand. */
    public static long streamSeed(long replicationSeed, StreamName name) {
        return mix64(replicationSeed + name.mixed());
    }

    static long nameHash(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("stream name must not be empty, but was " + (name == null ? "null" : "\"\""));
        }
        long h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
