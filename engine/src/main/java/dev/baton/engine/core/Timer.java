// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** A timer the run started, and what its firing means. */
final class Timer {
    enum Kind { RUN_DEADLINE, CALL_TIMEOUT, RETRY, COORDINATOR_RETRY, BREAKER_OPEN, ESCALATION,
        /** A model endpoint's breaker may let a probe through. */
        ENDPOINT_BREAKER_OPEN,
        /** A call rejected by its endpoint's open breaker settles (at once, but not inside the invoke). */
        ENDPOINT_REJECTED }

    final int id;
    final Kind kind;
    final Object subject;
    boolean active = true;

    Timer(int id, Kind kind, Object subject) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
    }
}
