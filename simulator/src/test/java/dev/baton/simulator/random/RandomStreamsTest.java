// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void aNamedStreamContinuesItsOwnSequence() {
        RandomStreams streams = RandomStreams.forReplication(5, 3);
        RandomGenerator first = streams.stream("latency");
        first.nextLong();
        assertThat(streams.stream("latency")).isSameAs(first);
    }

    @Test
    void sameReplicationAndNameGiveTheSameSequenceInAFreshInstance() {
        long[] a = draws(RandomStreams.forReplication(5, 3).stream("latency"), 5);
        long[] b = draws(RandomStreams.forReplication(5, 3).stream("latency"), 5);
        assertThat(a).containsExactly(b);
    }

    @Test
    void streamDoesNotDependOnWhichOtherStreamsWereUsedFirst() {
        RandomStreams busy = RandomStreams.forReplication(9, 0);
        for (int i = 0; i < 10; i++) {
            draws(busy.stream("other-" + i), 3);
        }
        long[] afterOthers = draws(busy.stream("target"), 4);
        long[] alone = draws(RandomStreams.forReplication(9, 0).stream("target"), 4);
        assertThat(afterOthers).containsExactly(alone);
    }

    @Test
    void differentNamesAndReplicationsGiveDifferentSequences() {
        long[] a = draws(RandomStreams.forReplication(5, 3).stream("a"), 3);
        long[] b = draws(RandomStreams.forReplication(5, 3).stream("b"), 3);
        long[] c = draws(RandomStreams.forReplication(5, 4).stream("a"), 3);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void openingAPrehashedNameStartsTheSameSequenceAsTheNamedStream() {
        long[] named = draws(RandomStreams.forReplication(8, 2).stream("node:worker-3"), 4);
        long[] opened = draws(RandomStreams.forReplication(8, 2).open(StreamName.of("node:worker-3")), 4);
        assertThat(opened).containsExactly(named);
    }

    private static long[] draws(RandomGenerator rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }
}
