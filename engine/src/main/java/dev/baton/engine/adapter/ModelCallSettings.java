// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.engine.core.AgentReply;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.CredentialRef;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of one HTTP model adapter, resolved from the node's invocation: the endpoint, the model name, the
 * credential reference and the whole-response deadline. Building them never reads a secret.
 *
 * @param model the model name sent to the server (the model part of {@code provider:model}); may be empty
 */
public record ModelCallSettings(URI baseUrl, String model, Optional<CredentialRef> credentials,
        Optional<Double> temperature, Duration deadline) {

    /** The deadline when the node sets no timeout: long enough for a slow local model, short of the run's. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(2);

    /** Resolves the settings of {@code node}, with {@code defaultBaseUrl} when the design sets none. */
    public static ModelCallSettings of(NodeBinding node, AdapterSettings adapter, String defaultBaseUrl) {
        String base = adapter.baseUrl().orElse(defaultBaseUrl);
        String model = node.invocation().model().map(m -> m.model()).orElse("");
        Optional<Double> temperature = adapter.temperature().isPresent()
                ? Optional.of(adapter.temperature().getAsDouble()) : Optional.empty();
        return new ModelCallSettings(URI.create(base.endsWith("/") ? base : base + "/"), model,
                node.invocation().credentials(), temperature,
                node.invocation().timeout().orElse(DEFAULT_DEADLINE));
    }

    /** The endpoint {@code path} under the base URL. */
    public URI endpoint(String path) {
        return baseUrl.resolve(path);
    }

    /**
     * The secret, or a failed reply naming the missing variable (never a value). A node without credentials (a
     * local server) gets an empty secret.
     */
    public Secret secret(CredentialSource source) {
        if (credentials.isEmpty()) {
            return new Secret(null, null);
        }
        String name = credentials.get().environmentVariable();
        Optional<String> value = source.secret(name);
        if (value.isEmpty() || value.get().isBlank()) {
            return new Secret(null, AgentReply.of(ReplyKind.FAILED, "credentials: environment variable " + name
                    + " is not set", 0, 0, 0));
        }
        return new Secret(value.get(), null);
    }

    /**
     * A resolved secret, or the reply to give instead of calling. {@link #toString()} never shows the value.
     *
     * @param value null when there is none
     * @param missing non-null when the call must not be made
     */
    public record Secret(String value, AgentReply missing) {
        @Override
        public String toString() {
            return value == null ? "Secret[none]" : "Secret[redacted]";
        }
    }
}
