// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import java.util.Locale;

/**
 * Where an escalation stands. Legal transitions: {@code pending -> answered} (a person answered before the
 * deadline), {@code pending -> defaulted} (the deadline passed), {@code pending -> cancelled} (the run ended
 * first). The other three are final.
 */
public enum EscalationStatus {
    PENDING, ANSWERED, DEFAULTED, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EscalationStatus fromLabel(String label) {
        for (EscalationStatus s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown escalation status \"" + label
                + "\" (expected pending, answered, defaulted or cancelled)");
    }
}
