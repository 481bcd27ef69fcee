// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** The identity of one run; unique within a trace database. */
public record RunId(String value) {
    public RunId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("run id must not be blank");
        }
    }

    /** A run id from a number (the replication index of a simulation, a database sequence). */
    public static RunId of(long number) {
        return new RunId("run-" + number);
    }

    @Override
    public String toString() {
        return value;
    }
}
