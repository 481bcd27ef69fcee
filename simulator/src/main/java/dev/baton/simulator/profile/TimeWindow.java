// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import java.time.Duration;

/**
 * A half-open interval [from, to) of simulated time since the run started, such as a tool outage.
 *
 * @param from start, >= 0
 * @param to   end, > from
 */
public record TimeWindow(Duration from, Duration to) {
    public TimeWindow {
        if (from == null || to == null) {
            throw new IllegalArgumentException("time window bounds must not be null, but were " + from + " and " + to);
        }
        if (from.isNegative()) {
            throw new IllegalArgumentException("time window start must be >= 0, but was " + from);
        }
        if (to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("time window end must be after its start (" + from + "), but was " + to);
        }
    }

    /** Whether the instant {@code seconds} after the run started falls inside the window. */
    public boolean contains(double seconds) {
        return seconds >= LatencyProfile.toSeconds(from) && seconds < LatencyProfile.toSeconds(to);
    }
}
