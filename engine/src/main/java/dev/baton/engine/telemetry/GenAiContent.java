// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.adapter.HttpExchange;
import java.util.List;

/**
 * The content of a model call as the GenAI semantic conventions (v1.37) carry it, for the explicit opt-in
 * {@code --include-content} only: {@code gen_ai.input.messages} (the message the node got, as one user message)
 * and {@code gen_ai.output.messages} (its result, as one assistant message with the finish reason), each JSON text.
 * Key-like text is redacted first: a model may echo what it was given.
 */
final class GenAiContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GenAiContent() {}

    static void attach(OtlpAttributes a, String input, String output, List<String> finishReasons) {
        ArrayNode in = JSON.createArrayNode();
        message(in, "user", input);
        a.text("gen_ai.input.messages", in.toString());
        // A failed call has no result (stored as JSON null): there is no output message to show.
        if (!output.isEmpty() && !"null".equals(output)) {
            ArrayNode out = JSON.createArrayNode();
            ObjectNode m = message(out, "assistant", output);
            if (!finishReasons.isEmpty()) {
                m.put("finish_reason", finishReasons.get(0));
            }
            a.text("gen_ai.output.messages", out.toString());
        }
    }

    private static ObjectNode message(ArrayNode list, String role, String text) {
        ObjectNode m = list.addObject().put("role", role);
        m.putArray("parts").addObject().put("type", "text").put("content", HttpExchange.redactKeyLike(text));
        return m;
    }
}
