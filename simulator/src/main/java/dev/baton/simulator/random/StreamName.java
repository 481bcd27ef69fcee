// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

/**
 * A stream name with its mixed hash computed once, for hot paths that open the same named streams in every
 * replication (a design's nodes). {@code RandomStreams.open(StreamName.of("x"))} starts the same sequence as
 * {@code RandomStreams.stream("x")}.
 *
 * @param name  the stream's name, not empty
 * @param mixed the name's hash after mixing; derived, never given
 */
public record StreamName(String name, long mixed) {
    public StreamName {
        if (mixed != StreamSeeds.mix64(StreamSeeds.nameHash(name))) {
            throw new IllegalArgumentException("stream name hash must be derived from the name; use StreamName.of");
        }
    }

    /** The stream name {@code name}. */
    public static StreamName of(String name) {
        return new StreamName(name, StreamSeeds.mix64(StreamSeeds.nameHash(name)));
    }
}
