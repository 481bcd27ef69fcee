// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;

/**
 * Which model an invocable node uses, as {@code provider:model} (for example {@code openai:gpt-4o-mini} or
 * {@code ollama:llama3.1}). A reference only: endpoints and credentials are separate settings.
 */
public record ModelRef(String provider, String model) {
    public ModelRef {
        Require.nonBlank("model provider", provider);
        Require.nonBlank("model name", model);
        if (provider.contains(":")) {
            throw new IllegalArgumentException("model provider must not contain ':', but was \"" + provider + "\"");
        }
    }

    /** Parses {@code provider:model}; the model part may itself contain colons ({@code ollama:llama3:8b}). */
    public static ModelRef parse(String text) {
        Require.nonNull("model reference", text);
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "model reference must look like provider:model, but was \"" + text + "\"");
        }
        return new ModelRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return provider + ":" + model;
    }
}
