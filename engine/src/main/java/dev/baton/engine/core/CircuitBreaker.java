// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.spec.CircuitBreakerSettings;

/**
 * One tool's circuit breaker within a run. Every state change goes through {@link BreakerState#moveTo}, which
 * rejects transitions outside the table. Methods return the new state when they changed it, else null, so the
 * run can trace the transition and start the open timer.
 */
final class CircuitBreaker {
    final CircuitBreakerSettings settings;
    BreakerState state = BreakerState.CLOSED;
    int consecutiveFailures;
    int probesStarted;
    int probesSucceeded;
    int trips;

    CircuitBreaker(CircuitBreakerSettings settings) {
        this.settings = settings;
    }

    /** Whether a call may start now; in half-open, it takes one of the probe slots. */
    boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                return false;
            case HALF_OPEN:
                if (probesStarted < settings.halfOpenProbes()) {
                    probesStarted++;
                    return true;
                }
                return false;
            default:
                throw new AssertionError("unhandled " + state);
        }
    }

    BreakerState onSuccess() {
        if (state == BreakerState.CLOSED) {
            consecutiveFailures = 0;
        } else if (state == BreakerState.HALF_OPEN && ++probesSucceeded >= settings.halfOpenProbes()) {
            consecutiveFailures = 0;
            state = state.moveTo(BreakerState.CLOSED);
            return state;
        }
        return null;
    }

    BreakerState onFailure() {
        if (state == BreakerState.CLOSED && ++consecutiveFailures >= settings.failureThreshold()) {
            state = state.moveTo(BreakerState.OPEN);
            trips++;
            return state;
        } else if (state == BreakerState.HALF_OPEN) {
            state = state.moveTo(BreakerState.OPEN);
            trips++;
            return state;
        }
        return null;
    }

    /** The open duration elapsed: let probes through. */
    BreakerState onOpenElapsed() {
        state = state.moveTo(BreakerState.HALF_OPEN);
        probesStarted = 0;
        probesSucceeded = 0;
        return state;
    }
}
