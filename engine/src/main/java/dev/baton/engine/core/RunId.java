// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.Require;

/** The identity of one run; unique within a trace database. */
public record RunId(String value) {
    public RunId {
        Require.nonBlank("run id", value);
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
