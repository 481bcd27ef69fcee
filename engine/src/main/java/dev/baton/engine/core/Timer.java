// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** A timer the run started, and what its firing means. */
final class Timer {
    enum Kind { RUN_DEADLINE, CALL_TIMEOUT, RETRY, COORDINATOR_RETRY, BREAKER_OPEN, ESCALATION }

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
