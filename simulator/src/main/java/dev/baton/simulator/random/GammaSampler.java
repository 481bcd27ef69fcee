// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/** Gamma(shape, 1) variates by Marsaglia and Tsang (2000), with the usual boost for shape < 1. */
final class GammaSampler {
    private GammaSampler() {}

    static double sample(RandomGenerator rng, double shape) {
        if (shape < 1.0) {
            // Gamma(a) = Gamma(a + 1) * U^(1/a): the squeeze below needs a >= 1.
            double u = 1.0 - rng.nextDouble(); // in (0, 1], so the power is never 0^(1/a) of a zero draw
            return sample(rng, shape + 1.0) * Math.pow(u, 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0.0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x * x + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
