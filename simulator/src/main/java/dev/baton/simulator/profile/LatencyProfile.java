// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.simulator.random.LogNormal;
import dev.baton.simulator.random.PointMass;
import dev.baton.simulator.random.RealDistribution;
import java.time.Duration;

/**
 * How long one call takes: lognormal with the given median and 95th percentile. A zero median means the call takes
 * no simulated time (start and end nodes); then the 95th percentile must be zero too.
 *
 * @param p50 median latency, >= 0
 * @param p95 95th-percentile latency, >= p50
 */
public record LatencyProfile(Duration p50, Duration p95) {
    /** No simulated time at all. */
    public static final LatencyProfile ZERO = new LatencyProfile(Duration.ZERO, Duration.ZERO);

    public LatencyProfile {
        if (p50 == null || p95 == null) {
            throw new IllegalArgumentException("latency p50 and p95 must not be null, but were " + p50 + " and " + p95);
        }
        if (p50.isNegative()) {
            throw new IllegalArgumentException("latency p50 must be >= 0, but was " + p50);
        }
        if (p95.compareTo(p50) < 0) {
            throw new IllegalArgumentException("latency p95 must be >= p50 (" + p50 + "), but was " + p95);
        }
        if (p50.isZero() && !p95.isZero()) {
            throw new IllegalArgumentException("latency p95 must be 0 when p50 is 0, but was " + p95);
        }
    }

    /** The latency with median {@code p50} and 95th percentile {@code p95}. */
    public static LatencyProfile of(Duration p50, Duration p95) {
        return new LatencyProfile(p50, p95);
    }

    /** The distribution of one call's latency, in seconds. */
    public RealDistribution seconds() {
        if (p50.isZero()) {
            return new PointMass(0.0);
        }
        return LogNormal.fromMedianAndP95(toSeconds(p50), toSeconds(p95));
    }

    static double toSeconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
