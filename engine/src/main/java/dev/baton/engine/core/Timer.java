// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * A timer the run started, and what its firing means. Reused across runs through {@link RunMemory}: {@link #init}
 * sets every field.
 */
final class Timer {
    enum Kind { RUN_DEADLINE, CALL_TIMEOUT, RETRY, COORDINATOR_RETRY, BREAKER_OPEN, ESCALATION,
        /** A model endpoint's breaker may let a probe through. */
        ENDPOINT_BREAKER_OPEN,
        /** A call rejected by its endpoint's open breaker settles (at once, but not inside the invoke). */
        ENDPOINT_REJECTED,
        /** A validator whose call failed without a verdict is asked again (its subject is the gate). */
        VALIDATOR_RETRY }

    int id;
    Kind kind;
    Object subject;
    boolean active;

    Timer init(int timerId, Kind what, Object about) {
        id = timerId;
        kind = what;
        subject = about;
        active = true;
        return this;
    }
}
