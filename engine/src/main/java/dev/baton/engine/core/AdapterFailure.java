// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * What went wrong in one exchange with a remote model endpoint, as the adapter saw it. The engine's own
 * {@link FailureKind} says how the envelope failed; this says why the endpoint did not give a usable answer, so
 * that the core can feed the endpoint's circuit breaker and honour the server's Retry-After.
 */
public enum AdapterFailure {
    /** HTTP 429: the server asks the caller to slow down. */
    RATE_LIMITED,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** The connection was refused or could not be opened in time. */
    CONNECTION_REFUSED,
    /** No whole answer before the call's deadline. */
    TIMEOUT,
    /** The body ended before it was complete. */
    TRUNCATED_BODY,
    /** The response or the envelope in it is not valid JSON (or not a valid envelope). */
    INVALID_JSON,
    /** The request or its answer broke the API's contract (HTTP 4xx other than 429, a cut-off answer). */
    CONTRACT_VIOLATION;

    /**
     * Whether this failure says the endpoint itself is unhealthy: these count toward the endpoint's circuit
     * breaker. The others say nothing about the endpoint (a slow model, a model that ignored the schema).
     */
    public boolean endpointUnhealthy() {
        return this == RATE_LIMITED || this == SERVER_ERROR || this == CONNECTION_REFUSED;
    }

    /** {@code RATE_LIMITED} -> {@code rate-limited}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
