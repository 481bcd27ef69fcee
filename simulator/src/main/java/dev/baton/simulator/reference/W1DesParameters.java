// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.reference;

import dev.baton.simulator.random.LogNormal;

/**
 * The parameters of W1-DES: an orchestrator fans out to {@code workers} workers at t = 0; each attempt takes a
 * lognormal time, costs {@code costBase + costPerSecond * duration}, and fails with {@code failureProbability};
 * a worker gets at most {@code maxAttempts} attempts; the aggregator joins when the last worker retires.
 *
 * @param workers            workers dispatched at once, >= 1
 * @param attemptDuration    duration of one attempt, in seconds
 * @param failureProbability probability that an attempt fails, in [0, 1]
 * @param maxAttempts        attempts per worker including the first, >= 1
 * @param costBase           fixed cost of an attempt, >= 0
 * @param costPerSecond      cost per second of an attempt, >= 0
 */
public record W1DesParameters(int workers, LogNormal attemptDuration, double failureProbability, int maxAttempts,
        double costBase, double costPerSecond) {

    public W1DesParameters {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, but was " + workers);
        }
        if (attemptDuration == null) {
            throw new IllegalArgumentException("attemptDuration must not be null");
        }
        if (!(failureProbability >= 0.0 && failureProbability <= 1.0)) {
            throw new IllegalArgumentException("failureProbability must be between 0 and 1, but was " + failureProbability);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, but was " + maxAttempts);
        }
        if (!(costBase >= 0.0) || !(costPerSecond >= 0.0)) {
            throw new IllegalArgumentException(
                    "costBase and costPerSecond must be >= 0, but were " + costBase + " and " + costPerSecond);
        }
    }

    /** The workload as specified: 10 workers, LogNormal(ln 2, 0.5), p = 0.05, 2 attempts, cost 1 + 0.5 D. */
    public static W1DesParameters standard() {
        return new W1DesParameters(10, new LogNormal(Math.log(2.0), 0.5), 0.05, 2, 1.0, 0.5);
    }
}
