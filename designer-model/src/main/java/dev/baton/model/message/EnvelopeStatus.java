// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import java.util.Locale;

/** The status of a typed status envelope. */
public enum EnvelopeStatus {
    SUCCESS, FAILED, PARTIAL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EnvelopeStatus fromJson(String name) {
        for (EnvelopeStatus s : values()) {
            if (s.jsonName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown envelope status \"" + name
                + "\" (expected success, failed or partial)");
    }
}
