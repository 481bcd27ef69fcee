// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.script;

import java.util.Locale;

/** What a scripted node does on one invocation. */
public enum ReplyKind {
    /** Answers with a {@code success} envelope. */
    SUCCESS,
    /** Answers with a {@code partial} envelope. */
    PARTIAL,
    /** Answers with a {@code failed} envelope. */
    FAILED,
    /** Never answers: the process died (the engine turns it into a failed envelope). */
    CRASH,
    /** Answers only after its deadline, if ever (the engine's timeout turns it into a failed envelope). */
    HANG,
    /** Answers with something that is not a valid envelope or breaks the output contract. */
    MALFORMED,
    /** Hands control to {@code target}. */
    HANDOFF;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReplyKind fromJson(String name) {
        for (ReplyKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown reply kind \"" + name
                + "\" (expected success, partial, failed, crash, hang, malformed or handoff)");
    }
}
