// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.ModelExchange;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.model.script.ReplyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the HTTP model adapters share: the secret is resolved at call time (a missing one fails the call without
 * sending it), a node without a model fails, and an answer's text envelope and native tool calls become one reply.
 * Subclasses say where to POST, with which headers and body, and how to read the answer. Threadsafe.
 */
public abstract class HttpModelAdapter implements AgentAdapter {
    protected final NodeBinding node;
    protected final ModelCallSettings settings;
    private final HttpExchange http;
    private final CredentialSource credentials;

    protected HttpModelAdapter(NodeBinding node, ModelCallSettings settings, HttpExchange http,
            CredentialSource credentials) {
        this.node = node;
        this.settings = settings;
        this.http = http;
        this.credentials = credentials;
    }

    @Override
    public final CompletableFuture<AgentReply> invoke(AgentCall call) {
        ModelCallSettings.Secret secret = settings.secret(credentials);
        if (secret.missing() != null) {
            return CompletableFuture.completedFuture(secret.missing());
        }
        if (settings.model().isEmpty()) {
            return CompletableFuture.completedFuture(AgentReply.of(ReplyKind.FAILED, node.id()
                    + " has no model set (settings.model, e.g. \"" + exampleModel() + "\")", 0, 0, 0));
        }
        URI uri = settings.endpoint(path());
        String endpoint = endpointKey(uri, settings.model());
        return http.post(uri, headers(secret.value()), request(call).toString(), settings.deadline(), secret.value(),
                answer -> reply(answer, call)).thenApply(r -> r.withExchange((r.exchange() == null
                        ? ModelExchange.answered("", List.of()) : r.exchange()).at(endpoint, provider(),
                                settings.model())));
    }

    /**
     * The key of an endpoint's circuit breaker and how reasons name it: the URL without user info or query (a key
     * must not hide there) and the model, e.g. {@code http://127.0.0.1:11434/v1/chat/completions (llama3.2:3b)}.
     */
    static String endpointKey(URI uri, String model) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath()) + " (" + model + ")";
    }

    /**
     * The GenAI provider name (OpenTelemetry {@code gen_ai.provider.name}): the provider of the node's model
     * reference ({@code ollama:llama3.2:3b} -> {@code ollama}), else the API's own name.
     */
    protected String provider() {
        return node.invocation().model().map(m -> m.provider()).filter(p -> !p.isBlank()).orElse(apiName());
    }

    /** The API's provider name when the model reference names none ({@code openai}, {@code anthropic}). */
    protected abstract String apiName();

    /** The endpoint path under the base URL. */
    protected abstract String path();

    /** A model reference to show when none is set. */
    protected abstract String exampleModel();

    /** The request headers; {@code secret} may be null (a local server). */
    protected abstract Map<String, String> headers(String secret);

    /** The request body for {@code call}. */
    public abstract ObjectNode request(AgentCall call);

    /** The reply for a 2xx answer. */
    protected abstract AgentReply reply(HttpExchange.Answer answer, AgentCall call);

    /** Whether an answer with this text and these tool calls waits for the tools' results (tool calls only). */
    protected static boolean awaitsToolResults(String text, List<ToolCallRequest> toolCalls) {
        return (text == null || text.isBlank()) && !toolCalls.isEmpty();
    }

    /**
     * The reply for an answer's envelope {@code text} and native {@code toolCalls}: text only is read as an
     * envelope; tool calls only are a success without a result (the subclass adds the conversation so far, and the
     * core asks again with the tools' results); both are the envelope
     * with the tool calls added; neither is malformed.
     */
    protected static AgentReply combine(String text, List<ToolCallRequest> toolCalls, long in, long out,
            long latency) {
        if (text == null || text.isBlank()) {
            if (toolCalls.isEmpty()) {
                return Replies.malformed("the answer has no content", in, out, latency);
            }
            return AgentReply.success(null, 1.0, in, out, latency).withToolCalls(toolCalls);
        }
        AgentReply reply = EnvelopeReader.read(text, in, out, latency);
        if (toolCalls.isEmpty() || reply.kind() == ReplyKind.MALFORMED) {
            return reply;
        }
        List<ToolCallRequest> all = new ArrayList<>(reply.toolCalls());
        all.addAll(toolCalls);
        return reply.withToolCalls(all);
    }
}
