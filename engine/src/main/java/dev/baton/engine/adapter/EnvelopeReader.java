// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.StoreWriteRequest;
import dev.baton.engine.core.SubtaskRequest;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.NodeId;
import dev.baton.model.script.ReplyKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a status envelope (JSON text from a model or a process) into an {@link AgentReply}. Anything that is not
 * a valid envelope becomes a {@code malformed} reply that says what was wrong; the engine then checks the result
 * against the output contract and the named nodes against the design's edges.
 */
public final class EnvelopeReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private EnvelopeReader() {}

    /** The reply for envelope {@code text}, charged {@code inputTokens} and {@code outputTokens}. */
    public static AgentReply read(String text, long inputTokens, long outputTokens, long latencyNanos) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(text == null ? "" : stripFence(text));
        } catch (JsonProcessingException e) {
            return Replies.malformed("the answer is not valid JSON: " + e.getOriginalMessage(), inputTokens,
                    outputTokens, latencyNanos);
        }
        try {
            return reply(envelope, inputTokens, outputTokens, latencyNanos);
        } catch (IllegalArgumentException e) {
            return Replies.malformed("the answer is not a valid status envelope: " + e.getMessage(), inputTokens,
                    outputTokens, latencyNanos);
        }
    }

    /** Some local models wrap JSON in a Markdown fence even when asked for JSON; the fence carries nothing. */
    private static String stripFence(String text) {
        String t = text.strip();
        if (t.startsWith("```") && t.endsWith("```") && t.length() >= 6) {
            int firstLine = t.indexOf('\n');
            return firstLine < 0 ? t : t.substring(firstLine + 1, t.length() - 3);
        }
        return t;
    }

    private static AgentReply reply(JsonNode e, long in, long out, long latency) {
        if (e == null || !e.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, but found " + kind(e));
        }
        JsonNode statusNode = e.get("status");
        if (statusNode == null || !statusNode.isTextual()) {
            throw new IllegalArgumentException("\"status\" must be one of success, partial, failed, handoff, but was "
                    + kind(statusNode));
        }
        String status = statusNode.asText();
        ReplyKind kind;
        if ("success".equals(status)) {
            kind = ReplyKind.SUCCESS;
        } else if ("partial".equals(status)) {
            kind = ReplyKind.PARTIAL;
        } else if ("failed".equals(status)) {
            kind = ReplyKind.FAILED;
        } else if ("handoff".equals(status)) {
            kind = ReplyKind.HANDOFF;
        } else {
            throw new IllegalArgumentException("\"status\" must be one of success, partial, failed, handoff, but was \""
                    + status + "\"");
        }
        double confidence = 1.0;
        JsonNode c = e.get("confidence");
        if (c != null && !c.isNull()) {
            if (!c.isNumber() || c.asDouble() < 0 || c.asDouble() > 1) {
                throw new IllegalArgumentException("\"confidence\" must be a number from 0 to 1, but was " + c);
            }
            confidence = c.asDouble();
        }
        JsonNode r = e.get("reason");
        String reason = r == null || r.isNull() ? "" : r.asText();
        NodeId target = null;
        if (kind == ReplyKind.HANDOFF) {
            target = new NodeId(text(e, "handoffTo", "a handoff"));
        }
        JsonNode result = e.get("result");
        List<SubtaskRequest> subtasks = null;
        JsonNode plan = e.get("subtasks");
        if (plan != null && !plan.isNull()) {
            subtasks = new ArrayList<>();
            for (JsonNode s : array(plan, "subtasks")) {
                subtasks.add(new SubtaskRequest(new NodeId(text(s, "to", "a subtask")), s.get("input")));
            }
        }
        List<ToolCallRequest> tools = new ArrayList<>();
        for (JsonNode t : array(e.get("toolCalls"), "toolCalls")) {
            tools.add(new ToolCallRequest(new NodeId(text(t, "tool", "a tool call")), t.get("input")));
        }
        List<StoreWriteRequest> writes = new ArrayList<>();
        for (JsonNode w : array(e.get("writes"), "writes")) {
            writes.add(new StoreWriteRequest(new NodeId(text(w, "store", "a write")), text(w, "key", "a write"),
                    w.get("value")));
        }
        Set<String> restated = null;
        JsonNode kept = e.get("constraints");
        if (kept != null && !kept.isNull()) {
            restated = new LinkedHashSet<>();
            for (JsonNode id : array(kept, "constraints")) {
                restated.add(id.asText());
            }
        }
        return new AgentReply(kind, result, confidence, reason, in, out, latency, target, subtasks, tools, writes,
                restated);
    }

    private static Iterable<JsonNode> array(JsonNode node, String key) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array, but was " + kind(node));
        }
        return node;
    }

    private static String text(JsonNode node, String key, String what) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(what + " needs \"" + key + "\" (a node id), but it was " + kind(v));
        }
        return v.asText();
    }

    private static String kind(JsonNode node) {
        return node == null ? "missing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
