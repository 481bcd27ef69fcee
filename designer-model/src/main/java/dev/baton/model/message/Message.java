// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.util.List;
import java.util.Optional;

/**
 * A message between two nodes. Constraints travel as a typed list, verbatim; the payload may be prose.
 *
 * @param hop the global hop count of the task when this message was sent (0 for intake)
 * @param payload the content, as JSON; callers must not mutate it after construction
 */
public record Message(TraceId traceId, SpanId spanId, Optional<SpanId> parentSpan, int hop, NodeId sender,
        NodeId receiver, List<Constraint> constraints, JsonNode payload, TrustLabel trust) {

    public Message {
        Require.nonNull("traceId", traceId);
        Require.nonNull("spanId", spanId);
        Require.nonNull("parentSpan", parentSpan);
        Require.atLeast("hop", hop, 0);
        Require.nonNull("sender", sender);
        Require.nonNull("receiver", receiver);
        constraints = List.copyOf(Require.nonNull("constraints", constraints));
        payload = payload == null ? NullNode.getInstance() : payload;
        Require.nonNull("trust", trust);
    }
}
