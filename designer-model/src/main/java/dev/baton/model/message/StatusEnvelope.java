// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.model.Require;

/**
 * The typed answer of every agent: {@code {status, result, confidence, reason, usage}}. A crash, a timeout or an
 * answer that breaks the output contract becomes a {@code failed} envelope with a reason; nothing is silently
 * treated as success.
 *
 * @param result the result as JSON; callers must not mutate it after construction
 */
public record StatusEnvelope(EnvelopeStatus status, JsonNode result, double confidence, String reason, Usage usage) {
    public StatusEnvelope {
        Require.nonNull("status", status);
        result = result == null ? NullNode.getInstance() : result;
        Require.probability("confidence", confidence);
        Require.nonNull("reason", reason);
        Require.nonNull("usage", usage);
    }

    public static StatusEnvelope failed(String reason, Usage usage) {
        return new StatusEnvelope(EnvelopeStatus.FAILED, NullNode.getInstance(), 0.0, reason, usage);
    }

    public boolean succeeded() {
        return status == EnvelopeStatus.SUCCESS;
    }
}
