// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * A yes/no event that happens with probability {@code p}; one uniform draw per trial, even when p is 0 or 1, so
 * that changing a probability does not shift the draws that follow in the same stream.
 *
 * @param p probability of {@code true}, in [0, 1]
 */
public record Bernoulli(double p) {
    public Bernoulli {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("bernoulli p must be between 0 and 1, but was " + p);
        }
    }

    /** One trial. */
    public boolean sample(RandomGenerator rng) {
        return rng.nextDouble() < p;
    }
}
