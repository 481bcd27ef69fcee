// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * The states of a circuit breaker, with the table of legal transitions: closed to open (failure threshold
 * reached), open to half-open (open duration elapsed), half-open to closed (all probes succeeded) and half-open to
 * open (a probe failed). Every other transition is rejected.
 */
public enum BreakerState {
    CLOSED, OPEN, HALF_OPEN;

    /** Whether the table allows going from this state to {@code to}. */
    public boolean canMoveTo(BreakerState to) {
        switch (this) {
            case CLOSED: return to == OPEN;
            case OPEN: return to == HALF_OPEN;
            case HALF_OPEN: return to == CLOSED || to == OPEN;
            default: throw new AssertionError("unhandled " + this);
        }
    }

    /** This state's successor, or an {@link IllegalStateException} naming the illegal transition. */
    public BreakerState moveTo(BreakerState to) {
        if (!canMoveTo(to)) {
            throw new IllegalStateException("illegal circuit breaker transition " + this + " -> " + to);
        }
        return to;
    }
}
