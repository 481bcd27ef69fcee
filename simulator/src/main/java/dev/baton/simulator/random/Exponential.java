// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * The exponential distribution: waiting times between independent events arriving at {@code rate} per unit.
 *
 * @param rate events per unit of time, finite and > 0
 */
public record Exponential(double rate) implements RealDistribution {
    public Exponential {
        if (!(rate > 0.0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("exponential rate must be finite and > 0, but was " + rate);
        }
    }

    @Override
    public double sample(RandomGenerator rng) {
        // 1 - U lies in (0, 1], so the logarithm is finite.
        return -Math.log(1.0 - rng.nextDouble()) / rate;
    }

    @Override
    public double mean() {
        return 1.0 / rate;
    }

    @Override
    public double variance() {
        return 1.0 / (rate * rate);
    }
}
