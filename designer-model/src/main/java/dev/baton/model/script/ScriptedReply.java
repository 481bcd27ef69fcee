// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.time.Duration;
import java.util.Optional;

/**
 * One deterministic reply of a scripted node.
 *
 * @param result the envelope's result (or, for {@code malformed}, the raw broken answer); must not be mutated
 * @param confidence the envelope's confidence (a low value scripts a low-confidence answer)
 * @param latency how long the call takes (a large value scripts a slow agent)
 * @param target the handoff target, for {@code handoff} replies
 */
public record ScriptedReply(ReplyKind kind, JsonNode result, double confidence, String reason, long inputTokens,
        long outputTokens, Duration latency, Optional<NodeId> target) {

    public ScriptedReply {
        Require.nonNull("reply kind", kind);
        result = result == null ? NullNode.getInstance() : result;
        Require.probability("reply confidence", confidence);
        Require.nonNull("reply reason", reason);
        Require.atLeast("reply inputTokens", inputTokens, 0);
        Require.atLeast("reply outputTokens", outputTokens, 0);
        Require.nonNull("reply latency", latency);
        if (latency.isNegative()) {
            throw new IllegalArgumentException("reply latency must be >= 0, but was " + latency);
        }
        Require.nonNull("reply target", target);
        if (kind == ReplyKind.HANDOFF && target.isEmpty()) {
            throw new IllegalArgumentException("a handoff reply must name its target");
        }
    }

    /** A successful reply with the given result. */
    public static ScriptedReply success(JsonNode result, double confidence, long inputTokens, long outputTokens,
            Duration latency) {
        return new ScriptedReply(ReplyKind.SUCCESS, result, confidence, "", inputTokens, outputTokens, latency,
                Optional.empty());
    }
}
