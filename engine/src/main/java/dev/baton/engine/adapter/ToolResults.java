// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.ToolRound;

/** How a tool's answer is written back to a model in the next round of its tool loop: JSON text. */
public final class ToolResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolResults() {}

    /** A copy of the conversation the previous round of {@code call} left; empty on its first round. */
    public static ArrayNode conversation(AgentCall call) {
        ToolRound round = call.toolRound();
        return round == null ? JSON.createArrayNode() : ((ArrayNode) round.continuation()).deepCopy();
    }

    /** The tool's result as JSON text, or {@code {"error": "..."}} when it failed. */
    public static String text(ToolRound.Result r) {
        if (!r.ok()) {
            return JSON.createObjectNode().put("error", r.error()).toString();
        }
        Object value = r.result();
        if (value == null) {
            return "null";
        }
        return value instanceof JsonNode ? value.toString() : JSON.valueToTree(value).toString();
    }
}
