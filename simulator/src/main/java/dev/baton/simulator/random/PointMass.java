// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * A constant: every draw is {@code value}. Lets a profile pin a quantity without a special case in the sampler.
 *
 * @param value the constant, finite
 */
public record PointMass(double value) implements RealDistribution {
    public PointMass {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("point mass value must be finite, but was " + value);
        }
    }

    @Override
    public double sample(RandomGenerator rng) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0.0;
    }
}
