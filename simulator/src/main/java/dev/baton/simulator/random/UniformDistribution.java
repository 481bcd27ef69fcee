// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * The continuous uniform distribution on [low, high).
 *
 * @param low  lower bound, finite
 * @param high upper bound, finite and >= low
 */
public record UniformDistribution(double low, double high) implements RealDistribution {
    public UniformDistribution {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high >= low)) {
            throw new IllegalArgumentException(
                    "uniform bounds must be finite with low <= high, but were [" + low + ", " + high + "]");
        }
    }

    @Override
    public double sample(RandomGenerator rng) {
        return low + (high - low) * rng.nextDouble();
    }

    @Override
    public double mean() {
        return (low + high) / 2;
    }

    @Override
    public double variance() {
        double w = high - low;
        return w * w / 12;
    }
}
