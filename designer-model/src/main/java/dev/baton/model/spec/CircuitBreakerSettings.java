// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.time.Duration;

/**
 * A circuit breaker per tool: after {@code failureThreshold} consecutive failures it opens and blocks calls for
 * {@code openDuration}; then it lets {@code halfOpenProbes} probe calls through, and closes again when they all
 * succeed.
 */
public record CircuitBreakerSettings(int failureThreshold, Duration openDuration, int halfOpenProbes) {
    public static final CircuitBreakerSettings DEFAULTS = new CircuitBreakerSettings(5, Duration.ofSeconds(30), 1);

    public CircuitBreakerSettings {
        Require.atLeast("breaker failureThreshold", failureThreshold, 1);
        Require.positive("breaker openDuration", openDuration);
        Require.atLeast("breaker halfOpenProbes", halfOpenProbes, 1);
    }
}
