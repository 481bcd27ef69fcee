// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the engine reaches a model-backed node at run time. Which model it asks for is {@link Invocation#model()};
 * the secret is {@link Invocation#credentials()}, a reference resolved only when a call is made.
 *
 * @param kind the adapter
 * @param baseUrl the API's base URL for {@code openai} and {@code anthropic} (for example
 *     {@code http://127.0.0.1:11434/v1} for Ollama); empty = the vendor's public endpoint
 * @param command the program and its arguments for {@code process}; empty for every other kind
 * @param provider the service-provider name for {@code java}; empty for every other kind
 * @param temperature sampling temperature, 0 to 2; empty = the server's default
 */
public record AdapterSettings(AdapterKind kind, Optional<String> baseUrl, List<String> command,
        Optional<String> provider, OptionalDouble temperature) {

    public AdapterSettings {
        Require.nonNull("adapter kind", kind);
        Require.nonNull("adapter baseUrl", baseUrl);
        Require.nonNull("adapter command", command);
        command = List.copyOf(command);
        Require.nonNull("adapter provider", provider);
        Require.nonNull("adapter temperature", temperature);
        boolean http = kind == AdapterKind.OPENAI || kind == AdapterKind.ANTHROPIC;
        if (baseUrl.isPresent() && !http) {
            throw new IllegalArgumentException("adapter baseUrl is only for openai and anthropic adapters, but the "
                    + "kind was " + kind.jsonName());
        }
        baseUrl.ifPresent(AdapterSettings::checkUrl);
        if ((kind == AdapterKind.PROCESS) == command.isEmpty()) {
            throw new IllegalArgumentException(kind == AdapterKind.PROCESS
                    ? "a process adapter needs a command, but it was empty"
                    : "adapter command is only for process adapters, but the kind was " + kind.jsonName());
        }
        for (String part : command) {
            Require.nonBlank("adapter command part", part);
        }
        if ((kind == AdapterKind.JAVA) == provider.isEmpty()) {
            throw new IllegalArgumentException(kind == AdapterKind.JAVA
                    ? "a java adapter needs a provider name, but it was empty"
                    : "adapter provider is only for java adapters, but the kind was " + kind.jsonName());
        }
        provider.ifPresent(p -> Require.nonBlank("adapter provider", p));
        temperature.ifPresent(t -> {
            if (!(t >= 0.0 && t <= 2.0)) {
                throw new IllegalArgumentException("adapter temperature must be between 0 and 2, but was " + t);
            }
        });
    }

    /** An adapter of {@code kind} with nothing else set (not valid for process and java). */
    public static AdapterSettings of(AdapterKind kind) {
        return new AdapterSettings(kind, Optional.empty(), List.of(), Optional.empty(), OptionalDouble.empty());
    }

    /** A process adapter running {@code command}. */
    public static AdapterSettings process(List<String> command) {
        return new AdapterSettings(AdapterKind.PROCESS, Optional.empty(), command, Optional.empty(),
                OptionalDouble.empty());
    }

    public AdapterSettings withBaseUrl(String url) {
        return new AdapterSettings(kind, Optional.of(url), command, provider, temperature);
    }

    private static void checkUrl(String url) {
        // The URL is never echoed: a key pasted into it must not reach a log or a dialog.
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("adapter baseUrl must be an http or https URL, but the value given ("
                    + url.length() + " characters) is not a URL: " + e.getReason().replace(url, "<url>"));
        }
        String scheme = uri.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("adapter baseUrl must be an http or https URL with a host, but the "
                    + "scheme was " + (scheme == null ? "missing" : "\"" + scheme + "\""));
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("adapter baseUrl must not carry user info, a query or a fragment "
                    + "(put secrets in credentials)");
        }
    }
}
