// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamSeedsTest {

    @Test
    void replicationSeedIsAPureFunctionOfMasterAndIndex() {
        assertThat(StreamSeeds.replicationSeed(42, 7)).isEqualTo(StreamSeeds.replicationSeed(42, 7));
        assertThat(StreamSeeds.replicationSeed(42, 7)).isNotEqualTo(StreamSeeds.replicationSeed(43, 7));
    }

    @Test
    void neighbouringReplicationsAndNamesGetDistinctSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (long i = 0; i < 10_000; i++) {
            long rep = StreamSeeds.replicationSeed(1, i);
            seeds.add(rep);
            seeds.add(StreamSeeds.streamSeed(rep, "a"));
            seeds.add(StreamSeeds.streamSeed(rep, "b"));
        }
        assertThat(seeds).hasSize(30_000);
    }

    @Test
    void similarNamesHashApart() {
        assertThat(StreamSeeds.nameHash("worker.1")).isNotEqualTo(StreamSeeds.nameHash("worker.2"));
        assertThat(Long.bitCount(StreamSeeds.streamSeed(0, "ab") ^ StreamSeeds.streamSeed(0, "ba")))
                .as("about half the bits differ after mixing").isBetween(16, 48);
    }

    @Test
    void rejectsNegativeReplicationAndEmptyName() {
        assertThatThrownBy(() -> StreamSeeds.replicationSeed(1, -1))
                .hasMessage("replication must be >= 0, but was -1");
        assertThatThrownBy(() -> StreamSeeds.streamSeed(1, ""))
                .hasMessage("stream name must not be empty, but was \"\"");
    }
}
