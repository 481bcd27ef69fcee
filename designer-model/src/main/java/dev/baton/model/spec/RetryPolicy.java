// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.time.Duration;

/**
 * How often a node retries a failed call, and how long it waits between attempts. Attempts beyond the first
 * also draw on the task's shared retry budget when the task has one.
 *
 * @param maxAttempts total attempts including the first; 1 means no retry
 * @param backoff wait before the second attempt
 * @param multiplier factor applied to the wait after each further attempt (>= 1)
 */
public record RetryPolicy(int maxAttempts, Duration backoff, double multiplier) {
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofSeconds(1), 1.0);

    public RetryPolicy {
        Require.atLeast("retry maxAttempts", maxAttempts, 1);
        Require.nonNull("retry backoff", backoff);
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("retry backoff must be >= 0, but was " + backoff);
        }
        if (!(multiplier >= 1.0 && multiplier <= 100.0)) {
            throw new IllegalArgumentException("retry multiplier must be between 1 and 100, but was " + multiplier);
        }
    }

    /** The wait before attempt number {@code attempt} (2 = first retry). */
    public Duration delayBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        double factor = Math.pow(multiplier, attempt - 2);
        return Duration.ofNanos((long) Math.min(Long.MAX_VALUE / 2.0, backoff.toNanos() * factor));
    }

    /** Whether this policy retries at all. */
    public boolean retries() {
        return maxAttempts > 1;
    }
}
