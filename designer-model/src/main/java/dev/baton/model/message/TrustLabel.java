// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

/** Where a message's content comes from, and whether it has been verified. */
public enum TrustLabel {
    HUMAN("human"),
    SYSTEM("system"),
    AGENT_UNVERIFIED("agent-unverified"),
    AGENT_VERIFIED("agent-verified");

    private final String jsonName;

    TrustLabel(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static TrustLabel fromJson(String name) {
        for (TrustLabel t : values()) {
            if (t.jsonName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown trust label \"" + name
                + "\" (expected human, system, agent-unverified or agent-verified)");
    }
}
