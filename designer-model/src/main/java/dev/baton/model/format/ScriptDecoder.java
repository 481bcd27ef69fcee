// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.model.NodeId;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.script.ScriptedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decodes the {@code scripts} section: the example input and the scripted replies per node. */
final class ScriptDecoder {
    private final DecodeContext ctx;

    ScriptDecoder(DecodeContext ctx) {
        this.ctx = ctx;
    }

    ScriptSet scripts(JsonValue value, String pointer, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a scripts object", pointer, ext);
        JsonValue exampleValue = f.opt("exampleInput");
        Optional<JsonNode> example = exampleValue == null ? Optional.empty()
                : Optional.of(OpaqueJson.toNode(exampleValue, ctx));
        Map<NodeId, NodeScript> nodes = new LinkedHashMap<>();
        JsonValue nodesValue = f.opt("nodes");
        if (nodesValue != null) {
            Fields byNode = ctx.object(nodesValue, "an object of scripts by node id", f.pointer("nodes"), ext);
            for (Map.Entry<String, JsonValue> entry : byNode.object().members().entrySet()) {
                JsonValue scriptValue = byNode.opt(entry.getKey());
                String key = entry.getKey();
                NodeId id = ctx.model(scriptValue, "a script under a valid node id",
                        "the key \"" + JsonTreeReader.abbreviate(key) + "\"", () -> new NodeId(key));
                nodes.put(id, script(scriptValue, byNode.pointer(key), ext));
            }
            byNode.finish();
        }
        f.finish();
        return new ScriptSet(example, nodes);
    }

    private NodeScript script(JsonValue value, String pointer, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a node script object", pointer, ext);
        boolean cycle = f.optBool("cycle", false);
        JsonValue repliesValue = f.req("replies");
        List<JsonValue> list = ctx.array(repliesValue, "an array of replies", Integer.MAX_VALUE);
        List<ScriptedReply> replies = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            replies.add(reply(list.get(i), f.pointer("replies") + "/" + i, ext));
        }
        f.finish();
        return ctx.model(repliesValue, "at least one reply", () -> new NodeScript(replies, cycle));
    }

    private ScriptedReply reply(JsonValue value, String pointer, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a reply object", pointer, ext);
        ReplyKind kind = f.reqEnum("kind", ReplyKind.values(), ReplyKind::jsonName);
        JsonValue resultValue = f.opt("result");
        JsonNode result = resultValue == null ? NullNode.getInstance() : OpaqueJson.toNode(resultValue, ctx);
        double confidence = f.reqProbability("confidence");
        String reason = f.optString("reason", "");
        long inputTokens = f.reqLong("inputTokens", 0);
        long outputTokens = f.reqLong("outputTokens", 0);
        Duration latency = f.reqDuration("latency");
        JsonValue targetValue = f.opt("target");
        Optional<NodeId> target = targetValue == null ? Optional.empty()
                : Optional.of(ctx.nodeId(targetValue));
        f.finish();
        return ctx.model(value, "a valid reply", () -> new ScriptedReply(kind, result, confidence, reason,
                inputTokens, outputTokens, latency, target));
    }
}
