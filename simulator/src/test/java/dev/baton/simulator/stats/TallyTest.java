// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {
    enum Outcome { SUCCEEDED, PARTIAL, FAILED }

    @Test
    void sharesAreInKeyOrderWithProportionsAndIntervals() {
        Tally<Outcome> t = new Tally<>();
        t.add(Outcome.FAILED);
        t.add(Outcome.SUCCEEDED, 3);
        assertThat(t.shares()).extracting(Tally.Share::key).containsExactly(Outcome.SUCCEEDED, Outcome.FAILED);
        assertThat(t.share(Outcome.SUCCEEDED).proportion()).isEqualTo(0.75);
        assertThat(t.share(Outcome.SUCCEEDED).interval95()).isEqualTo(WilsonInterval.of95(3, 4));
        assertThat(t.share(Outcome.PARTIAL).count()).isZero();
    }

    @Test
    void mergingInEitherOrderGivesTheSameShares() {
        Tally<Outcome> a = new Tally<>();
        a.add(Outcome.PARTIAL, 2);
        Tally<Outcome> b = new Tally<>();
        b.add(Outcome.FAILED, 5);
        b.add(Outcome.SUCCEEDED);
        Tally<Outcome> ab = new Tally<>();
        ab.mergeFrom(a);
        ab.mergeFrom(b);
        Tally<Outcome> ba = new Tally<>();
        ba.mergeFrom(b);
        ba.mergeFrom(a);
        assertThat(ab.shares()).isEqualTo(ba.shares());
        assertThat(ab.total()).isEqualTo(8);
    }
}
