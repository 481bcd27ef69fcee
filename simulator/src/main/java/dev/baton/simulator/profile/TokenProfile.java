// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.simulator.random.LogNormal;
import java.util.random.RandomGenerator;

/**
 * Tokens one call consumes and produces, each lognormal with the given median and 95th percentile. Zero medians
 * mean no tokens (tools, stores, humans).
 *
 * @param inputP50  median input tokens, >= 0
 * @param inputP95  95th-percentile input tokens, >= inputP50 (0 when inputP50 is 0)
 * @param outputP50 median output tokens, >= 0
 * @param outputP95 95th-percentile output tokens, >= outputP50 (0 when outputP50 is 0)
 */
public record TokenProfile(long inputP50, long inputP95, long outputP50, long outputP95) {
    /** No tokens. */
    public static final TokenProfile NONE = new TokenProfile(0, 0, 0, 0);

    public TokenProfile {
        requireQuantiles("input", inputP50, inputP95);
        requireQuantiles("output", outputP50, outputP95);
    }

    private static void requireQuantiles(String which, long p50, long p95) {
        if (p50 < 0) {
            throw new IllegalArgumentException(which + " tokens p50 must be >= 0, but was " + p50);
        }
        if (p95 < p50) {
            throw new IllegalArgumentException(which + " tokens p95 must be >= p50 (" + p50 + "), but was " + p95);
        }
        if (p50 == 0 && p95 != 0) {
            throw new IllegalArgumentException(which + " tokens p95 must be 0 when p50 is 0, but was " + p95);
        }
    }

    /** One call's input tokens. */
    public long sampleInput(RandomGenerator rng) {
        return sample(rng, inputP50, inputP95);
    }

    /** One call's output tokens. */
    public long sampleOutput(RandomGenerator rng) {
        return sample(rng, outputP50, outputP95);
    }

    private static long sample(RandomGenerator rng, long p50, long p95) {
        if (p50 == 0) {
            return 0;
        }
        return Math.round(LogNormal.fromMedianAndP95(p50, p95).sample(rng));
    }
}
