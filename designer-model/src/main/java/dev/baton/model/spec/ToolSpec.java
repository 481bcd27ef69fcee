// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An external service agents call.
 *
 * @param description what the tool does
 * @param availability the fraction of calls the service answers (0..1), used by the simulator
 * @param latency typical latency of one call; empty = unknown
 * @param rateLimitPerMinute calls per minute the service accepts; empty = unlimited
 * @param circuitBreaker this tool's breaker; empty = the task's breaker settings apply, if any
 */
public record ToolSpec(String description, double availability, Optional<Duration> latency,
        OptionalInt rateLimitPerMinute, Optional<CircuitBreakerSettings> circuitBreaker) implements NodeSpec {

    public ToolSpec {
        Require.nonNull("description", description);
        Require.probability("availability", availability);
        Require.nonNull("latency", latency);
        latency.ifPresent(l -> Require.positive("latency", l));
        Require.nonNull("rateLimitPerMinute", rateLimitPerMinute);
        rateLimitPerMinute.ifPresent(r -> Require.atLeast("rateLimitPerMinute", r, 1));
        Require.nonNull("circuitBreaker", circuitBreaker);
    }

    public static ToolSpec defaults() {
        return new ToolSpec("", 1.0, Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    @Override
    public NodeKind kind() {
        return NodeKind.TOOL;
    }

    public ToolSpec withCircuitBreaker(Optional<CircuitBreakerSettings> value) {
        return new ToolSpec(description, availability, latency, rateLimitPerMinute, value);
    }
}
