// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import dev.baton.model.NodeId;
import dev.baton.model.message.SpanId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A decision or a fault the engine traced: an owner's, orchestrator's or validator's decision, a budget or hop
 * cap stop, a breaker transition, a retry, an injected or observed fault.
 *
 * @param node the node that decided, or where the fault happened
 * @param kind what sort of decision, a lower-case word ("owner", "validator", "fault", "breaker", ...)
 * @param decision the decision itself ("abort", "reject", "open", "crash", ...)
 * @param reason why, in words a person can read
 * @param detailJson extra detail as JSON text, if any
 */
public record DecisionRecord(String runId, int seq, Optional<SpanId> spanId, int hop, NodeId node, String kind,
        String decision, String reason, Optional<String> detailJson, Duration virtualTime,
        Optional<Instant> wallTime) implements TraceEntry {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9\\-]{0,31}");

    public DecisionRecord {
        TraceEntry.checkCommon("decision", runId, seq, hop, virtualTime, wallTime);
        Objects.requireNonNull(spanId, "decision spanId must not be null");
        Objects.requireNonNull(node, "decision node must not be null");
        Objects.requireNonNull(kind, "decision kind must not be null");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("decision kind must match " + KIND.pattern() + ", but was \"" + kind
                    + "\"");
        }
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("decision must not be blank");
        }
        Objects.requireNonNull(reason, "decision reason must not be null");
        Objects.requireNonNull(detailJson, "decision detailJson must not be null");
    }
}
