// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.adapter.CredentialSource;
import dev.baton.engine.adapter.HttpModelAdapter;
import dev.baton.engine.adapter.EnvelopeSchema;
import dev.baton.engine.adapter.HttpExchange;
import dev.baton.engine.adapter.ModelCallSettings;
import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.adapter.Prompt;
import dev.baton.engine.adapter.Replies;
import dev.baton.engine.adapter.ToolResults;
import dev.baton.engine.core.AdapterFailure;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.ModelExchange;
import dev.baton.engine.core.ToolRound;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls a node through the Anthropic Messages API ({@code POST /v1/messages}). The envelope schema goes into the
 * system text (the API has no general structured-output switch); the node's {@code call} edges are offered as
 * tools and {@code tool_use} blocks become the reply's tool calls. A model that answers with {@code tool_use}
 * blocks only is asked again with the conversation so far: its assistant turn as it was, then a user turn of
 * {@code tool_result} blocks, each with the {@code tool_use_id} it answers. {@code max_tokens} is what is left of
 * the call's reservation; {@code usage} is what the reply charges.
 *
 * <p>This class is threadsafe.
 */
public final class AnthropicMessagesAdapter extends HttpModelAdapter {
    /** Anthropic's public endpoint, used when the design sets no base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1";
    static final String API_VERSION = "2023-06-01";

    private static final ObjectMapper JSON = new ObjectMapper();

    public AnthropicMessagesAdapter(NodeBinding node, ModelCallSettings settings, HttpExchange http,
            CredentialSource credentials) {
        super(node, settings, http, credentials);
    }

    @Override
    protected String path() {
        return "messages";
    }

    @Override
    protected String exampleModel() {
        return "anthropic:claude-sonnet-4-5";
    }

    @Override
    protected String apiName() {
        return "anthropic";
    }

    @Override
    protected Map<String, String> headers(String secret) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("anthropic-version", API_VERSION);
        if (secret != null) {
            headers.put("x-api-key", secret);
        }
        return headers;
    }

    @Override
    public ObjectNode request(AgentCall call) {
        Prompt prompt = Prompt.of(node, call);
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("max_tokens", call.maxTokens());
        body.put("system", prompt.system() + "\nThe envelope must match this JSON schema: "
                + EnvelopeSchema.of(node, call.purpose()));
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "user").put("content", prompt.messageText());
        messages.addAll(history(call));
        settings.temperature().ifPresent(t -> body.put("temperature", Math.min(1.0, t)));
        if (!node.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (NodeId tool : node.tools()) {
                ObjectNode t = tools.addObject().put("name", tool.value())
                        .put("description", "Call the tool " + tool.value() + ".");
                t.putObject("input_schema").put("type", "object");
            }
        }
        return body;
    }

    /**
     * The turns after the first user turn: what the previous round left (assistant turns with {@code tool_use}
     * blocks and the user turns answering them), then a user turn with one {@code tool_result} per result of the
     * last round, answering the last assistant turn's {@code tool_use} blocks in order. Empty on the first round.
     */
    static ArrayNode history(AgentCall call) {
        ArrayNode messages = ToolResults.conversation(call);
        if (call.toolRound() == null) {
            return messages;
        }
        List<ToolRound.Result> results = call.toolRound().results();
        List<String> ids = new ArrayList<>();
        for (JsonNode block : messages.get(messages.size() - 1).path("content")) {
            if ("tool_use".equals(block.path("type").asText())) {
                ids.add(block.path("id").asText());
            }
        }
        ArrayNode blocks = messages.addObject().put("role", "user").putArray("content");
        for (int i = 0; i < results.size(); i++) {
            ToolRound.Result r = results.get(i);
            ObjectNode block = blocks.addObject().put("type", "tool_result")
                    .put("tool_use_id", i < ids.size() ? ids.get(i) : "").put("content", ToolResults.text(r));
            if (!r.ok()) {
                block.put("is_error", true);
            }
        }
        return messages;
    }

    @Override
    protected AgentReply reply(HttpExchange.Answer answer, AgentCall call) {
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            return Replies.malformed("the server's response is not valid JSON: " + e.getOriginalMessage(), 0, 0,
                    answer.latencyNanos());
        }
        long in = Math.max(0, body.path("usage").path("input_tokens").asLong(0));
        long out = Math.max(0, body.path("usage").path("output_tokens").asLong(0));
        String stop = body.path("stop_reason").asText("");
        ModelExchange exchange = ModelExchange.answered(body.path("model").asText(""),
                stop.isEmpty() ? List.of() : List.of(stop));
        if ("max_tokens".equals(stop)) {
            return Replies.contractViolation("the answer was cut off at the call's " + call.maxTokens()
                    + " max tokens (stop_reason max_tokens)", in, out, answer.latencyNanos())
                    .withExchange(exchange.withFailure(AdapterFailure.CONTRACT_VIOLATION));
        }
        StringBuilder text = new StringBuilder();
        List<ToolCallRequest> toolCalls = new ArrayList<>();
        for (JsonNode block : body.path("content")) {
            String type = block.path("type").asText();
            if ("text".equals(type)) {
                text.append(block.path("text").asText());
            } else if ("tool_use".equals(type)) {
                try {
                    toolCalls.add(new ToolCallRequest(new NodeId(block.path("name").asText()), block.get("input")));
                } catch (IllegalArgumentException e) {
                    return Replies.malformed("tool_use names no valid tool", in, out, answer.latencyNanos());
                }
            }
        }
        AgentReply reply = combine(text.toString(), toolCalls, in, out, answer.latencyNanos());
        if (awaitsToolResults(text.toString(), toolCalls)) {
            ArrayNode conversation = history(call);
            conversation.addObject().put("role", "assistant").set("content", body.path("content").deepCopy());
            exchange = exchange.withToolContinuation(conversation);
        }
        return reply.withExchange(reply.exchange() == null ? exchange
                : exchange.withFailure(reply.exchange().failure()));
    }
}
