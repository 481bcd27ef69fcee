// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.engine.core.AdapterFailure;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.ModelExchange;
import dev.baton.model.script.ReplyKind;

/**
 * The replies an adapter gives when a call goes wrong, one per failure mode, each with a reason the trace keeps.
 * The reply kind tells the core how to count it: {@code failed} (the server answered with an error: 429, 5xx),
 * {@code crash} (no usable answer: connection refused, truncated body), {@code hang} (no whole answer before the
 * deadline), {@code malformed} (an answer that is not a valid envelope). Every one of them is a failed envelope,
 * retried per the node's retry policy from the shared retry budget. Each also carries its typed
 * {@link AdapterFailure} in a {@link ModelExchange}: rate limits, server errors and refused connections count
 * toward the endpoint's circuit breaker, and a Retry-After is the least the core waits before the retry.
 */
public final class Replies {
    private Replies() {}

    /**
     * HTTP 429: the server asks to slow down.
     *
     * @param retryAfter the header as sent, or null
     * @param retryAfterNanos the header as a duration, or -1 when absent or unreadable
     */
    public static AgentReply rateLimited(String where, String retryAfter, long retryAfterNanos, long latencyNanos) {
        return failed(ReplyKind.FAILED, "rate limited: " + where + " answered HTTP 429"
                + (retryAfter == null ? "" : ", Retry-After " + retryAfter), AdapterFailure.RATE_LIMITED,
                retryAfterNanos, 0, 0, latencyNanos);
    }

    /** Any other HTTP error status; a 503 may carry a Retry-After too ({@code retryAfterNanos}, else -1). */
    public static AgentReply httpError(String where, int status, String detail, long retryAfterNanos,
            long latencyNanos) {
        boolean server = status >= 500;
        return failed(ReplyKind.FAILED, (server ? "server error" : "request rejected") + ": " + where
                + " answered HTTP " + status + (detail.isEmpty() ? "" : " (" + detail + ")"),
                server ? AdapterFailure.SERVER_ERROR : AdapterFailure.CONTRACT_VIOLATION, retryAfterNanos, 0, 0,
                latencyNanos);
    }

    public static AgentReply unreachable(String where, String detail, long latencyNanos) {
        return failed(ReplyKind.CRASH, "cannot reach " + where + ": " + detail, AdapterFailure.CONNECTION_REFUSED,
                -1, 0, 0, latencyNanos);
    }

    public static AgentReply truncated(String where, String detail, long latencyNanos) {
        return failed(ReplyKind.CRASH, "truncated response from " + where + ": " + detail,
                AdapterFailure.TRUNCATED_BODY, -1, 0, 0, latencyNanos);
    }

    public static AgentReply deadline(String where, String detail, long latencyNanos) {
        return failed(ReplyKind.HANG, "no whole answer from " + where + " before the deadline: " + detail,
                AdapterFailure.TIMEOUT, -1, 0, 0, latencyNanos);
    }

    public static AgentReply malformed(String detail, long inputTokens, long outputTokens, long latencyNanos) {
        return failed(ReplyKind.MALFORMED, detail, AdapterFailure.INVALID_JSON, -1, inputTokens, outputTokens,
                latencyNanos);
    }

    /** An answer the API's contract does not allow (a refusal, an answer cut off at max tokens). */
    public static AgentReply contractViolation(String detail, long inputTokens, long outputTokens,
            long latencyNanos) {
        return failed(ReplyKind.MALFORMED, detail, AdapterFailure.CONTRACT_VIOLATION, -1, inputTokens, outputTokens,
                latencyNanos);
    }

    private static AgentReply failed(ReplyKind kind, String reason, AdapterFailure failure, long retryAfterNanos,
            long inputTokens, long outputTokens, long latencyNanos) {
        return AgentReply.of(kind, reason, inputTokens, outputTokens, latencyNanos)
                .withExchange(ModelExchange.failed(failure, retryAfterNanos));
    }

    public static AgentReply crashed(String detail, long latencyNanos) {
        return AgentReply.of(ReplyKind.CRASH, detail, 0, 0, latencyNanos);
    }
}
