// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.engine.core.AgentReply;
import dev.baton.model.script.ReplyKind;

/**
 * The replies an adapter gives when a call goes wrong, one per failure mode, each with a reason the trace keeps.
 * The reply kind tells the core how to count it: {@code failed} (the server answered with an error: 429, 5xx),
 * {@code crash} (no usable answer: connection refused, truncated body), {@code hang} (no whole answer before the
 * deadline), {@code malformed} (an answer that is not a valid envelope). Every one of them is a failed envelope,
 * retried per the node's retry policy from the shared retry budget, and counted by a tool's breaker.
 */
public final class Replies {
    private Replies() {}

    /** HTTP 429: the server asks to slow down. */
    public static AgentReply rateLimited(String where, String retryAfter, long latencyNanos) {
        return AgentReply.of(ReplyKind.FAILED, "rate limited: " + where + " answered HTTP 429"
                + (retryAfter == null ? "" : ", Retry-After " + retryAfter), 0, 0, latencyNanos);
    }

    /** Any other HTTP error status. */
    public static AgentReply httpError(String where, int status, String detail, long latencyNanos) {
        String kind = status >= 500 ? "server error" : "request rejected";
        return AgentReply.of(ReplyKind.FAILED, kind + ": " + where + " answered HTTP " + status
                + (detail.isEmpty() ? "" : " (" + detail + ")"), 0, 0, latencyNanos);
    }

    public static AgentReply unreachable(String where, String detail, long latencyNanos) {
        return AgentReply.of(ReplyKind.CRASH, "cannot reach " + where + ": " + detail, 0, 0, latencyNanos);
    }

    public static AgentReply truncated(String where, String detail, long latencyNanos) {
        return AgentReply.of(ReplyKind.CRASH, "truncated response from " + where + ": " + detail, 0, 0,
                latencyNanos);
    }

    public static AgentReply deadline(String where, String detail, long latencyNanos) {
        return AgentReply.of(ReplyKind.HANG, "no whole answer from " + where + " before the deadline: " + detail, 0,
                0, latencyNanos);
    }

    public static AgentReply malformed(String detail, long inputTokens, long outputTokens, long latencyNanos) {
        return AgentReply.of(ReplyKind.MALFORMED, detail, inputTokens, outputTokens, latencyNanos);
    }

    public static AgentReply crashed(String detail, long latencyNanos) {
        return AgentReply.of(ReplyKind.CRASH, detail, 0, 0, latencyNanos);
    }
}
