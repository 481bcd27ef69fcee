// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import java.util.Locale;

/** What one simulated call of an agent or tool returns. */
public enum Outcome {
    /** A complete, well-formed answer. */
    SUCCESS,
    /** A well-formed envelope that says the work is only partly done. */
    PARTIAL,
    /** A well-formed envelope that reports failure. */
    FAILED,
    /** No answer at all: the process died. */
    CRASH,
    /** No answer within any deadline: the call hangs until a timeout fires. */
    HANG,
    /** An answer whose status envelope cannot be parsed. */
    MALFORMED;

    /** The file-format name: lower case. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome called {@code name} in the file format. */
    public static Outcome fromJson(String name) {
        for (Outcome o : values()) {
            if (o.jsonName().equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException(
                "unknown outcome \"" + name + "\" (one of success, partial, failed, crash, hang, malformed)");
    }
}
