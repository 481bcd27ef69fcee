// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written number formats give exactly the text of {@code String.format(Locale.ROOT, ...)}. */
class ReasonsTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(20261122L);

    @Test
    void countGroupsThousandsLikeFormat() {
        long[] edges = {0, 1, 9, 10, 99, 100, 999, 1_000, 1_001, 9_999, 10_000, 50_000, 999_999, 1_000_000, 1_234_567,
            Long.MAX_VALUE, -1, -999, -1_000, -1_234_567, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long n : edges) {
            assertThat(Reasons.count(n)).as("count(%d)", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        for (int i = 0; i < 20_000; i++) {
            long n = RANDOM.nextLong() >> RANDOM.nextInt(64);
            assertThat(Reasons.count(n)).as("count(%d)", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    @Test
    void usdRoundsHalfUpToCentsLikeFormat() {
        long[] edges = {0, 1, 4_999, 5_000, 5_001, 9_999, 10_000, 15_000, 25_000, 81_920, 995_000, 999_999,
            1_000_000, 1_005_000, 999_995_000, 1_000_000_000, 123_456_785_000L, 999_999_994_999L, 999_999_995_000L,
            1_000_000_000_000L, 10_000_000_000_000L, -1, -5_000, -1_000_000};
        for (long m : edges) {
            assertUsd(m);
        }
        for (int i = 0; i < 20_000; i++) {
            assertUsd(RANDOM.nextLong(2_000_000_000_000L));
            assertUsd(RANDOM.nextLong(100_000) * 10_000 + 5_000); // exactly half a cent
            assertUsd(RANDOM.nextLong(1_000_000));
        }
    }

    private static void assertUsd(long micros) {
        assertThat(Reasons.usd(micros)).as("usd(%d)", micros)
                .isEqualTo(String.format(Locale.ROOT, "$%,.2f", micros / 1_000_000.0));
    }

    @Test
    void confidenceHasTwoDecimalsLikeFormat() {
        for (int k = 0; k <= 100; k++) {
            assertConf(k / 100.0);
            assertConf(k * 0.01);
            assertConf(k / 100.0 + 0.005);
            assertConf(k / 1000.0);
        }
        double[] edges = {0.0, 1.0, 0.125, 0.855, 0.845, 0.995, 0.994999, 0.3333333333333333, 2.0 / 3, 1e-9,
            Math.nextUp(0.9), Math.nextDown(0.9), -0.0, 1.5, -0.25, Double.NaN};
        for (double c : edges) {
            assertConf(c);
        }
        for (int i = 0; i < 20_000; i++) {
            assertConf(RANDOM.nextDouble());
        }
    }

    private static void assertConf(double c) {
        assertThat(Reasons.conf(c)).as("conf(%s)", c).isEqualTo(String.format(Locale.ROOT, "%.2f", c));
    }
}
