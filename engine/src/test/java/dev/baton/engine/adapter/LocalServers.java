// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import java.util.Map;

/**
 * What Ollama's and the llama.cpp server's OpenAI-compatible endpoints answer, as their documentation and issue
 * trackers show it, for the stub server: their response shapes (no {@code refusal} or {@code logprobs} keys,
 * llama.cpp's {@code timings}), their error bodies, and the deviations Baton must cope with.
 */
final class LocalServers {
    private LocalServers() {}

    /** Ollama's answer: the model name as asked, {@code fp_ollama}, OpenAI's usage fields, no refusal key. */
    static StubServer.Respond ollamaChat(String model, String content, long prompt, long completion) {
        return StubServer.json("{\"id\":\"chatcmpl-418\",\"object\":\"chat.completion\",\"created\":1763800000,"
                + "\"model\":\"" + model + "\",\"system_fingerprint\":\"fp_ollama\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion) + "}}");
    }

    /** Ollama, a model that was never pulled: HTTP 404 with an OpenAI-style error body. */
    static StubServer.Respond ollamaModelNotFound(String model) {
        return new StubServer.Respond(404, Map.of("Content-Type", "application/json"), "{\"error\":{\"message\":"
                + "\"model \\\"" + model + "\\\" not found, try pulling it first\",\"type\":\"api_error\","
                + "\"param\":null,\"code\":null}}");
    }

    /** Ollama's {@code GET /v1/models}. */
    static StubServer.Respond ollamaModels(String model) {
        return StubServer.json("{\"object\":\"list\",\"data\":[{\"id\":\"" + model + "\",\"object\":\"model\","
                + "\"created\":1763800000,\"owned_by\":\"library\"}]}");
    }

    /** llama.cpp while the model is still loading: HTTP 503 with its error body. */
    static StubServer.Respond llamaCppLoading() {
        return new StubServer.Respond(503, Map.of("Content-Type", "application/json"),
                "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}");
    }

    /** llama.cpp rejecting a request: its error body carries the status as {@code code}. */
    static StubServer.Respond llamaCppRejected(String message) {
        return new StubServer.Respond(400, Map.of("Content-Type", "application/json"), "{\"error\":{\"code\":400,"
                + "\"message\":" + quote(message) + ",\"type\":\"invalid_request_error\"}}");
    }

    /**
     * llama.cpp answering with a tool call whose arguments are a JSON object rather than JSON text (as some
     * server builds do, ggml-org/llama.cpp#20198), with its {@code timings}.
     */
    static StubServer.Respond llamaCppToolCallWithObjectArguments(String tool, String argumentsObject) {
        return StubServer.json("{\"id\":\"chatcmpl-9\",\"object\":\"chat.completion\",\"created\":1763800000,"
                + "\"model\":\"local\",\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"type\":\"function\",\"id\":\"Xy7\","
                + "\"function\":{\"name\":\"" + tool + "\",\"arguments\":" + argumentsObject + "}}]}}],"
                + "\"usage\":{\"prompt_tokens\":90,\"completion_tokens\":12,\"total_tokens\":102},"
                + "\"timings\":{\"prompt_n\":90,\"predicted_n\":12}}");
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
