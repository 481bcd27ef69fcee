// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.openai;

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
import java.util.List;
import java.util.Map;

/**
 * Calls a node through an OpenAI-compatible {@code POST /chat/completions} (OpenAI, Ollama, vLLM, llama.cpp, LM
 * Studio). The status envelope is requested as structured output ({@code response_format} {@code json_schema},
 * built from the node's output contract); the node's {@code call} edges are offered as function tools, and the
 * model's tool calls become the reply's tool calls. A model that answers with tool calls only is asked again, in
 * the next round of the call, with the conversation so far: its assistant message with {@code tool_calls}, then
 * one {@code role: tool} message per call with its {@code tool_call_id} and the tool's result. The request's max
 * tokens is what is left of the call's reservation; the usage the server reports is what the reply charges.
 *
 * <p>This class is threadsafe.
 */
public final class OpenAiChatAdapter extends HttpModelAdapter {
    /** OpenAI's public endpoint, used when the design sets no base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    public OpenAiChatAdapter(NodeBinding node, ModelCallSettings settings, HttpExchange http,
            CredentialSource credentials) {
        super(node, settings, http, credentials);
    }

    @Override
    protected String path() {
        return "chat/completions";
    }

    @Override
    protected String exampleModel() {
        return "ollama:llama3.1:8b";
    }

    @Override
    protected String apiName() {
        return "openai";
    }

    @Override
    protected Map<String, String> headers(String secret) {
        return secret == null ? Map.of() : Map.of("Authorization", "Bearer " + secret);
    }

    @Override
    public ObjectNode request(AgentCall call) {
        Prompt prompt = Prompt.of(node, call);
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.system());
        messages.addObject().put("role", "user").put("content", prompt.messageText());
        messages.addAll(history(call));
        // OpenAI's own API wants max_completion_tokens (newer models reject max_tokens); the compatible servers
        // (Ollama, llama.cpp, vLLM, LM Studio) all read max_tokens.
        String maxKey = settings.baseUrl().toString().startsWith(DEFAULT_BASE_URL) ? "max_completion_tokens"
                : "max_tokens";
        body.put(maxKey, call.maxTokens());
        settings.temperature().ifPresent(t -> body.put("temperature", t));
        ObjectNode format = body.putObject("response_format").put("type", "json_schema");
        format.putObject("json_schema").put("name", "status_envelope").put("strict", false)
                .set("schema", EnvelopeSchema.of(node, call.purpose()));
        if (!node.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (NodeId tool : node.tools()) {
                ObjectNode function = tools.addObject().put("type", "function").putObject("function");
                function.put("name", tool.value()).put("description", "Call the tool " + tool.value() + ".");
                function.putObject("parameters").put("type", "object");
            }
        }
        return body;
    }

    /**
     * The messages after the user message: the conversation the previous round left (assistant messages with
     * {@code tool_calls} and the tool messages answering them), then one tool message per result of the last
     * round, answering the last assistant message's calls in order. Empty on the first round.
     */
    static ArrayNode history(AgentCall call) {
        ArrayNode messages = ToolResults.conversation(call);
        if (call.toolRound() == null) {
            return messages;
        }
        List<ToolRound.Result> results = call.toolRound().results();
        JsonNode calls = messages.get(messages.size() - 1).path("tool_calls");
        for (int i = 0; i < results.size(); i++) {
            ToolRound.Result r = results.get(i);
            messages.addObject().put("role", "tool").put("tool_call_id", calls.path(i).path("id").asText())
                    .put("content", ToolResults.text(r));
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
        JsonNode usage = body.path("usage");
        long in = Math.max(0, usage.path("prompt_tokens").asLong(0));
        long out = Math.max(0, usage.path("completion_tokens").asLong(0));
        JsonNode choice = body.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            return Replies.malformed("the server's response has no choices[0].message", in, out,
                    answer.latencyNanos());
        }
        ModelExchange exchange = ModelExchange.answered(body.path("model").asText(""), finishReasons(body));
        if ("length".equals(choice.path("finish_reason").asText())) {
            return Replies.contractViolation("the answer was cut off at the call's " + call.maxTokens()
                    + " max tokens (finish_reason length)", in, out, answer.latencyNanos())
                    .withExchange(exchange.withFailure(AdapterFailure.CONTRACT_VIOLATION));
        }
        List<ToolCallRequest> toolCalls = new ArrayList<>();
        ObjectNode assistant = JSON.createObjectNode().put("role", "assistant");
        assistant.putNull("content");
        ArrayNode assistantCalls = assistant.putArray("tool_calls");
        for (JsonNode tc : message.path("tool_calls")) {
            String name = tc.path("function").path("name").asText("");
            JsonNode input;
            try {
                // The API sends the arguments as JSON text; some llama.cpp server builds send the object itself.
                JsonNode raw = tc.path("function").path("arguments");
                String args = raw.isObject() ? raw.toString() : raw.asText("");
                input = args.isBlank() ? null : JSON.readTree(args);
                toolCalls.add(new ToolCallRequest(new NodeId(name), input));
                // Some local servers send no id; the tool message must still name the call it answers.
                String id = tc.path("id").asText("");
                assistantCalls.addObject().put("id", id.isEmpty() ? "call_" + call.callId() + "_"
                        + assistantCalls.size() : id).put("type", "function").putObject("function").put("name", name)
                        .put("arguments", args.isBlank() ? "{}" : args);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return Replies.malformed("tool call \"" + name + "\" has invalid arguments or name", in, out,
                        answer.latencyNanos());
            }
        }
        JsonNode content = message.path("content");
        String refusal = message.path("refusal").asText("");
        if (!refusal.isEmpty() && (!content.isTextual() || content.asText().isBlank())) {
            return Replies.contractViolation("the model refused: " + refusal, in, out, answer.latencyNanos())
                    .withExchange(exchange.withFailure(AdapterFailure.CONTRACT_VIOLATION));
        }
        String text = content.isTextual() ? content.asText() : null;
        AgentReply reply = combine(text, toolCalls, in, out, answer.latencyNanos());
        if (awaitsToolResults(text, toolCalls)) {
            ArrayNode conversation = history(call);
            conversation.add(assistant);
            exchange = exchange.withToolContinuation(conversation);
        }
        return reply.withExchange(reply.exchange() == null ? exchange
                : exchange.withFailure(reply.exchange().failure()));
    }

    private static List<String> finishReasons(JsonNode body) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode c : body.path("choices")) {
            if (c.path("finish_reason").isTextual()) {
                reasons.add(c.path("finish_reason").asText());
            }
        }
        return reasons;
    }
}
