// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** What a validator checks. */
public enum CheckKind {
    /** The result conforms to the sender's output contract. */
    SCHEMA,
    /** Factual claims are verified against primary sources. */
    CLAIM_VERIFICATION,
    /** A named business rule holds. */
    RULE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CheckKind fromJson(String name) {
        for (CheckKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown check kind \"" + name
                + "\" (expected schema, claim-verification or rule)");
    }
}
