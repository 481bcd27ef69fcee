// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * The lognormal distribution {@code exp(N(mu, sigma^2))}, the usual shape of call latencies and token counts:
 * positive, right-skewed, specified by users as a median and a 95th percentile.
 *
 * @param mu    mean of the underlying normal (the log of the median)
 * @param sigma standard deviation of the underlying normal, >= 0 (0 gives a point mass at the median)
 */
public record LogNormal(double mu, double sigma) implements RealDistribution {
    /** The 95% quantile of the standard normal distribution. */
    public static final double Z95 = 1.6448536269514722;

    public LogNormal {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("lognormal mu must be finite, but was " + mu);
        }
        if (!(sigma >= 0.0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("lognormal sigma must be finite and >= 0, but was " + sigma);
        }
    }

    /**
     * The lognormal whose median is {@code p50} and whose 95th percentile is {@code p95}.
     *
     * @throws IllegalArgumentException unless {@code 0 < p50 <= p95}
     */
    public static LogNormal fromMedianAndP95(double p50, double p95) {
        if (!(p50 > 0.0) || !Double.isFinite(p50)) {
            throw new IllegalArgumentException("lognormal p50 must be finite and > 0, but was " + p50);
        }
        if (!(p95 >= p50) || !Double.isFinite(p95)) {
            throw new IllegalArgumentException("lognormal p95 must be >= p50 (" + p50 + "), but was " + p95);
        }
        return new LogNormal(Math.log(p50), (Math.log(p95) - Math.log(p50)) / Z95);
    }

    @Override
    public double sample(RandomGenerator rng) {
        return Math.exp(mu + sigma * rng.nextGaussian());
    }

    @Override
    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2 * mu + s2);
    }

    /** The median, {@code exp(mu)}. */
    public double median() {
        return Math.exp(mu);
    }

    /** The 95th percentile, {@code exp(mu + 1.645 sigma)}. */
    public double p95() {
        return Math.exp(mu + Z95 * sigma);
    }
}
