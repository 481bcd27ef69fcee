// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.random.RandomGenerator;

/**
 * A distribution of real numbers the simulator samples from. Implementations are immutable records validated at
 * construction; sampling draws from the generator it is given and holds no state, so they are threadsafe.
 */
public sealed interface RealDistribution
        permits LogNormal, BetaDistribution, UniformDistribution, Exponential, PointMass {

    /** One draw, using {@code rng} only. */
    double sample(RandomGenerator rng);

    /** The exact mean. */
    double mean();

    /** The exact variance. */
    double variance();
}
