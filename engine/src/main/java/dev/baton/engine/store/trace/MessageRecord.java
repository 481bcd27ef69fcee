// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.SpanId;
import dev.baton.model.message.TraceId;
import dev.baton.model.message.TrustLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message between two nodes as traced. A request carries a payload; a reply also carries the status envelope
 * (its status is kept in a column of its own, so a trace can be scanned without parsing JSON).
 *
 * @param purpose why the message was sent ("plan", "work", "validate", "tool", ...), if the engine said
 * @param attempt 1 for a first attempt, 2 for the first retry, ...
 * @param reservedTokens tokens reserved for the call the message makes (0 for tools and replies)
 * @param constraintsJson the typed constraints, verbatim, as a JSON array
 * @param payloadJson the payload as JSON text
 * @param envelopeJson the status envelope as JSON text, present exactly when {@code envelopeStatus} is
 */
public record MessageRecord(String runId, int seq, TraceId traceId, SpanId spanId, Optional<SpanId> parentSpan,
        int hop, NodeId sender, NodeId receiver, TrustLabel trust, Optional<String> purpose, int attempt,
        long reservedTokens, String constraintsJson, String payloadJson,
        Optional<EnvelopeStatus> envelopeStatus, Optional<String> envelopeJson, Duration virtualTime,
        Optional<Instant> wallTime) implements TraceEntry {

    public MessageRecord {
        TraceEntry.checkCommon("message", runId, seq, hop, virtualTime, wallTime);
        Objects.requireNonNull(traceId, "message traceId must not be null");
        Objects.requireNonNull(spanId, "message spanId must not be null");
        Objects.requireNonNull(parentSpan, "message parentSpan must not be null");
        Objects.requireNonNull(sender, "message sender must not be null");
        Objects.requireNonNull(receiver, "message receiver must not be null");
        Objects.requireNonNull(trust, "message trust must not be null");
        Objects.requireNonNull(purpose, "message purpose must not be null");
        if (attempt < 1) {
            throw new IllegalArgumentException("message attempt must be >= 1, but was " + attempt);
        }
        if (reservedTokens < 0) {
            throw new IllegalArgumentException("message reservedTokens must be >= 0, but was " + reservedTokens);
        }
        Objects.requireNonNull(constraintsJson, "message constraintsJson must not be null");
        Objects.requireNonNull(payloadJson, "message payloadJson must not be null");
        Objects.requireNonNull(envelopeStatus, "message envelopeStatus must not be null");
        Objects.requireNonNull(envelopeJson, "message envelopeJson must not be null");
        if (envelopeStatus.isPresent() != envelopeJson.isPresent()) {
            throw new IllegalArgumentException("a message has an envelope status exactly when it has an envelope,"
                    + " but status was " + envelopeStatus + " and envelope " + envelopeJson);
        }
    }
}
