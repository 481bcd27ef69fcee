// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The settings every model-backed node shares: which model, its instructions, and the limits of one invocation.
 *
 * @param model the model reference; empty means "decided by the adapter at run time"
 * @param credentials where the adapter finds its secret; never the secret itself
 * @param instructions the system instructions (prompt) for the node
 * @param tokenBudget hard per-invocation token budget; the engine reserves it before each call. Empty = unset
 * @param timeout per-invocation deadline; empty = unset
 * @param retry retry policy for a failed invocation
 * @param adapter how the engine reaches the node at run time; empty = decided at run time (scripted, or from the
 *     model reference's provider)
 */
public record Invocation(Optional<ModelRef> model, Optional<CredentialRef> credentials, String instructions,
        OptionalLong tokenBudget, Optional<Duration> timeout, RetryPolicy retry, Optional<AdapterSettings> adapter) {

    public static final Invocation DEFAULTS = new Invocation(Optional.empty(), Optional.empty(), "",
            OptionalLong.empty(), Optional.empty(), RetryPolicy.NONE);

    /** Settings without adapter settings. */
    public Invocation(Optional<ModelRef> model, Optional<CredentialRef> credentials, String instructions,
            OptionalLong tokenBudget, Optional<Duration> timeout, RetryPolicy retry) {
        this(model, credentials, instructions, tokenBudget, timeout, retry, Optional.empty());
    }

    public Invocation {
        Require.nonNull("model", model);
        Require.nonNull("credentials", credentials);
        Require.nonNull("instructions", instructions);
        Require.nonNull("tokenBudget", tokenBudget);
        tokenBudget.ifPresent(b -> Require.atLeast("tokenBudget", b, 1));
        Require.nonNull("timeout", timeout);
        timeout.ifPresent(t -> Require.positive("timeout", t));
        Require.nonNull("retry", retry);
        Require.nonNull("adapter", adapter);
    }

    public Invocation withAdapter(Optional<AdapterSettings> value) {
        return new Invocation(model, credentials, instructions, tokenBudget, timeout, retry, value);
    }

    public Invocation withTokenBudget(OptionalLong budget) {
        return new Invocation(model, credentials, instructions, budget, timeout, retry, adapter);
    }

    public Invocation withTimeout(Optional<Duration> value) {
        return new Invocation(model, credentials, instructions, tokenBudget, value, retry, adapter);
    }

    public Invocation withRetry(RetryPolicy value) {
        return new Invocation(model, credentials, instructions, tokenBudget, timeout, value, adapter);
    }

    public Invocation withModel(Optional<ModelRef> value) {
        return new Invocation(value, credentials, instructions, tokenBudget, timeout, retry, adapter);
    }

    public Invocation withInstructions(String value) {
        return new Invocation(model, credentials, value, tokenBudget, timeout, retry, adapter);
    }

    public Invocation withCredentials(Optional<CredentialRef> value) {
        return new Invocation(model, value, instructions, tokenBudget, timeout, retry, adapter);
    }
}
