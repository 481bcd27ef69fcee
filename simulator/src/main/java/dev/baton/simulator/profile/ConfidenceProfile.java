// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.simulator.random.BetaDistribution;
import dev.baton.simulator.random.RealDistribution;
import dev.baton.simulator.random.UniformDistribution;

/**
 * The distribution of the confidence (0..1) an agent reports in its status envelope. Either a beta distribution
 * (the usual, skewed shape) or a uniform range.
 */
public sealed interface ConfidenceProfile permits ConfidenceProfile.Beta, ConfidenceProfile.Uniform {

    /** The distribution to sample from. */
    RealDistribution distribution();

    /**
     * Beta(alpha, beta) confidence.
     *
     * @param alpha first shape, > 0
     * @param beta  second shape, > 0
     */
    record Beta(double alpha, double beta) implements ConfidenceProfile {
        public Beta {
            new BetaDistribution(alpha, beta); // validates with a named message
        }

        @Override
        public RealDistribution distribution() {
            return new BetaDistribution(alpha, beta);
        }
    }

    /**
     * Confidence uniform on [low, high), within [0, 1].
     *
     * @param low  lower bound, >= 0
     * @param high upper bound, <= 1 and >= low
     */
    record Uniform(double low, double high) implements ConfidenceProfile {
        public Uniform {
            if (!(low >= 0.0 && low <= high && high <= 1.0)) {
                throw new IllegalArgumentException(
                        "uniform confidence must satisfy 0 <= low <= high <= 1, but was [" + low + ", " + high + "]");
            }
        }

        @Override
        public RealDistribution distribution() {
            return new UniformDistribution(low, high);
        }
    }
}
