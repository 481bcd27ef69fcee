// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

/**
 * A Wilson score confidence interval for a proportion. Unlike the normal-approximation interval it stays inside
 * [0, 1] and is sensible for proportions near 0 or 1, which is where failure rates live.
 *
 * @param lower lower bound, in [0, 1]
 * @param upper upper bound, in [lower, 1]
 */
public record WilsonInterval(double lower, double upper) {
    /** The two-sided 95% quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    public WilsonInterval {
        if (!(lower >= 0.0 && lower <= upper && upper <= 1.0)) {
            throw new IllegalArgumentException(
                    "interval must satisfy 0 <= lower <= upper <= 1, but was [" + lower + ", " + upper + "]");
        }
    }

    /** The 95% interval for {@code successes} out of {@code trials}; [0, 1] when there were no trials. */
    public static WilsonInterval of95(long successes, long trials) {
        return of(successes, trials, Z95);
    }

    /** The interval for {@code successes} out of {@code trials} at normal quantile {@code z}. */
    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "need 0 <= successes <= trials, but successes was " + successes + " and trials " + trials);
        }
        if (!(z > 0.0) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("z must be finite and > 0, but was " + z);
        }
        if (trials == 0) {
            return new WilsonInterval(0.0, 1.0);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // Clamp rounding noise; at p = 0 or 1 the exact bound is 0 or 1.
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new WilsonInterval(lower, upper);
    }

    /** Whether {@code value} lies in the closed interval. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
