// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Chat-completion responses as an OpenAI-compatible server sends them. */
public final class ChatResponseFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatResponseFixtures() {}

    /** A response whose message content is {@code content}, with the usage given. */
    public static ObjectNode content(String content, String finishReason, long prompt, long completion) {
        ObjectNode r = base(prompt, completion);
        ObjectNode choice = ((ArrayNode) r.get("choices")).addObject();
        choice.put("index", 0).put("finish_reason", finishReason).putNull("logprobs");
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        return r;
    }

    /** A response that only calls {@code tool} with {@code arguments} (JSON text). */
    public static ObjectNode toolCall(String tool, String arguments, long prompt, long completion) {
        ObjectNode r = base(prompt, completion);
        ObjectNode choice = ((ArrayNode) r.get("choices")).addObject();
        choice.put("index", 0).put("finish_reason", "tool_calls").putNull("logprobs");
        ObjectNode message = choice.putObject("message").put("role", "assistant").putNull("content");
        message.putNull("refusal");
        message.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function")
                .putObject("function").put("name", tool).put("arguments", arguments);
        return r;
    }

    private static ObjectNode base(long prompt, long completion) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_763_000_000L)
                .put("model", "llama3.1:8b");
        r.putArray("choices");
        r.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
        return r;
    }
}
