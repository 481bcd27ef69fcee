// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * The beta distribution on [0, 1], used for self-reported confidence. {@code Beta(1, 1)} is uniform.
 *
 * @param alpha first shape, > 0
 * @param beta  second shape, > 0
 */
public record BetaDistribution(double alpha, double beta) implements RealDistribution {
    public BetaDistribution {
        requireShape("alpha", alpha);
        requireShape("beta", beta);
    }

    /**
     * The beta distribution with the given mean and concentration {@code alpha + beta}; the larger the
     * concentration, the tighter the spread around the mean.
     */
    public static BetaDistribution fromMeanAndConcentration(double mean, double concentration) {
        if (!(mean > 0.0 && mean < 1.0)) {
            throw new IllegalArgumentException("beta mean must be strictly between 0 and 1, but was " + mean);
        }
        if (!(concentration > 0.0) || !Double.isFinite(concentration)) {
            throw new IllegalArgumentException("beta concentration must be finite and > 0, but was " + concentration);
        }
        return new BetaDistribution(mean * concentration, (1 - mean) * concentration);
    }

    private static void requireShape(String name, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("beta " + name + " must be finite and > 0, but was " + value);
        }
    }

    @Override
    public double sample(RandomGenerator rng) {
        double x = GammaSampler.sample(rng, alpha);
        double y = GammaSampler.sample(rng, beta);
        return x / (x + y);
    }

    @Override
    public double mean() {
        return alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        double s = alpha + beta;
        return alpha * beta / (s * s * (s + 1));
    }
}
