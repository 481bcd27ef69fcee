// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.util.List;

/**
 * What an adapter learned from its exchange with a remote model endpoint, carried on the {@link AgentReply}: the
 * endpoint (the key of its circuit breaker), the models asked for and answering, the finish reasons, and when the
 * exchange failed, the typed failure and the server's retry hint. Scripted and simulated replies carry none.
 *
 * @param endpoint where the call went, without query or user info (never a secret), e.g.
 *     {@code http://127.0.0.1:11434/v1/chat/completions (llama3.2:3b)}; null when unknown
 * @param provider the GenAI provider name ({@code openai}, {@code anthropic}, ...); may be empty
 * @param requestModel the model asked for; may be empty
 * @param responseModel the model the server says answered; may be empty
 * @param finishReasons why the model stopped, one per choice, as the server said it
 * @param failure null when the exchange gave a usable answer
 * @param retryAfterNanos the server's Retry-After (or the time until a breaker half-opens); -1 when none
 * @param toolContinuation the conversation so far when the model answered with tool calls only and waits for
 *     their results (opaque to the core; the adapter reads it back from {@link AgentCall#toolRound()}); null
 *     otherwise
 */
public record ModelExchange(String endpoint, String provider, String requestModel, String responseModel,
        List<String> finishReasons, AdapterFailure failure, long retryAfterNanos, Object toolContinuation) {

    public ModelExchange {
        provider = provider == null ? "" : provider;
        requestModel = requestModel == null ? "" : requestModel;
        responseModel = responseModel == null ? "" : responseModel;
        finishReasons = finishReasons == null ? List.of() : List.copyOf(finishReasons);
        if (retryAfterNanos < -1) {
            throw new IllegalArgumentException("retryAfterNanos must be -1 (none) or >= 0, but was " + retryAfterNanos);
        }
    }

    /** A failed exchange whose endpoint and models the adapter fills in later ({@link #at}). */
    public static ModelExchange failed(AdapterFailure failure, long retryAfterNanos) {
        return new ModelExchange(null, "", "", "", List.of(), failure, retryAfterNanos, null);
    }

    /** A usable answer from {@code responseModel} with the given finish reasons. */
    public static ModelExchange answered(String responseModel, List<String> finishReasons) {
        return new ModelExchange(null, "", "", responseModel, finishReasons, null, -1, null);
    }

    /** This exchange at {@code endpoint}, for {@code provider} and {@code requestModel}. */
    public ModelExchange at(String endpointValue, String providerName, String model) {
        return new ModelExchange(endpointValue, providerName, model, responseModel, finishReasons, failure,
                retryAfterNanos, toolContinuation);
    }

    public ModelExchange withFailure(AdapterFailure value) {
        return new ModelExchange(endpoint, provider, requestModel, responseModel, finishReasons, value,
                retryAfterNanos, toolContinuation);
    }

    public ModelExchange withToolContinuation(Object value) {
        return new ModelExchange(endpoint, provider, requestModel, responseModel, finishReasons, failure,
                retryAfterNanos, value);
    }
}
