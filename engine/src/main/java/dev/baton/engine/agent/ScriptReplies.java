// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.StoreWriteRequest;
import dev.baton.engine.core.SubtaskRequest;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.NodeId;
import dev.baton.model.script.ScriptedReply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link ScriptedReply} into an {@link AgentReply}. Besides its own content, a scripted result may carry
 * these keys, which the engine acts on:
 * <ul>
 * <li>{@code "subtasks": [{"to": "worker", "input": ...}]}: an orchestrator's plan or a planner's consults
 *     (an empty list from a planner declares the plan complete);</li>
 * <li>{@code "toolCalls": ["search-api", {"tool": "crm", "input": ...}]}: tool calls made before the answer counts;</li>
 * <li>{@code "writes": [{"store": "crm-db", "key": "acct-1", "value": {...}}]}: store writes;</li>
 * <li>{@code "constraints": ["no-prod-writes"]}: the prose-passed constraints the answer carries on (absent = all).</li>
 * </ul>
 */
final class ScriptReplies {
    private ScriptReplies() {}

    static AgentReply compile(NodeId node, int index, ScriptedReply r) {
        JsonNode result = r.result();
        String where = "script of " + node + ", reply " + index;
        List<SubtaskRequest> subtasks = null;
        List<ToolCallRequest> tools = List.of();
        List<StoreWriteRequest> writes = List.of();
        Set<String> restated = null;
        if (result.isObject()) {
            JsonNode plan = result.get("subtasks");
            if (plan != null) {
                subtasks = new ArrayList<>();
                for (JsonNode s : array(plan, where + ": subtasks")) {
                    subtasks.add(new SubtaskRequest(new NodeId(text(s, "to", where + ": subtask")), s.get("input")));
                }
            }
            JsonNode calls = result.get("toolCalls");
            if (calls != null) {
                List<ToolCallRequest> list = new ArrayList<>();
                for (JsonNode c : array(calls, where + ": toolCalls")) {
                    list.add(c.isTextual() ? new ToolCallRequest(new NodeId(c.asText()), null)
                            : new ToolCallRequest(new NodeId(text(c, "tool", where + ": tool call")), c.get("input")));
                }
                tools = List.copyOf(list);
            }
            JsonNode ws = result.get("writes");
            if (ws != null) {
                List<StoreWriteRequest> list = new ArrayList<>();
                for (JsonNode w : array(ws, where + ": writes")) {
                    list.add(new StoreWriteRequest(new NodeId(text(w, "store", where + ": write")),
                            text(w, "key", where + ": write"), w.get("value")));
                }
                writes = List.copyOf(list);
            }
            JsonNode cs = result.get("constraints");
            if (cs != null) {
                restated = new LinkedHashSet<>();
                for (JsonNode c : array(cs, where + ": constraints")) {
                    restated.add(c.asText());
                }
                restated = Set.copyOf(restated);
            }
        }
        return new AgentReply(r.kind(), result.isNull() ? null : result, r.confidence(), r.reason(), r.inputTokens(),
                r.outputTokens(), r.latency().toNanos(), r.target().orElse(null),
                subtasks == null ? null : List.copyOf(subtasks), tools, writes, restated);
    }

    private static Iterable<JsonNode> array(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + " must be an array, but was "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return node;
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs a non-empty text \"" + key + "\", but has "
                    + (v == null ? "none" : v.toString()));
        }
        return v.asText();
    }
}
