// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * The Poisson distribution: the number of independent events in a window whose expected count is {@code mean}.
 *
 * <p>Sampling is exact: sequential inversion for means up to {@value #SPLIT_ABOVE}, and above that the sum of two
 * independent Poisson(mean / 2) draws (Poisson is closed under addition), which keeps {@code exp(-mean)} far from
 * underflow. The cost is linear in the mean; the simulator's counts (calls per rate-limit window, arrivals) are
 * small.
 *
 * @param mean expected count, finite and >= 0
 */
public record Poisson(double mean) {
    static final double SPLIT_ABOVE = 500.0;

    public Poisson {
        if (!(mean >= 0.0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("poisson mean must be finite and >= 0, but was " + mean);
        }
    }

    /** One draw. */
    public long sample(RandomGenerator rng) {
        return sample(rng, mean);
    }

    private static long sample(RandomGenerator rng, double m) {
        if (m > SPLIT_ABOVE) {
            return sample(rng, m / 2) + sample(rng, m / 2);
        }
        double u = rng.nextDouble();
        long k = 0;
        double p = Math.exp(-m);
        double cumulative = p;
        while (u >= cumulative && p > 0.0) {
            k++;
            p *= m / k;
            cumulative += p;
        }
        return k;
    }
}
