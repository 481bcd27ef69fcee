// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.run.RunTotals;
import dev.baton.engine.store.trace.DecisionRecord;
import dev.baton.engine.store.trace.MessageRecord;
import dev.baton.engine.store.trace.StoreWriteRecord;
import dev.baton.engine.store.trace.TraceEntry;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.SpanId;
import dev.baton.model.message.TraceId;
import dev.baton.model.message.TrustLabel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A small stored run: intake to an agent that calls a tool, a validator verdict, a lost update. */
final class OtlpFixtures {
    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final TraceId TRACE = TraceId.of(0x0af7651916cd43ddL, 0x8448eb211c80319cL);
    static final String RUN = "run-1";

    private OtlpFixtures() {}

    /** The span named {@code name} in an export request. */
    static com.fasterxml.jackson.databind.JsonNode span(com.fasterxml.jackson.databind.JsonNode request, String name) {
        for (com.fasterxml.jackson.databind.JsonNode s : request.at("/resourceSpans/0/scopeSpans/0/spans")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no span " + name + " in " + request);
    }

    static RunRecord run() {
        return new RunRecord(RUN, "research", DesignHash.of(Design.empty("research")), TRACE, 42,
                Optional.of("{\"topic\":\"tides\"}"), T0, Optional.of(T0.plusMillis(900)),
                Optional.of(RunOutcome.PARTIAL), "hop cap 12 reached at writer; owner completed partial",
                new RunTotals(5_400, new BigDecimal("0.054"), 3, 4));
    }

    static List<TraceEntry> entries() {
        return List.of(
                message(0, 2, 0, "start", "researcher", "work", 4_000, Optional.empty(), 0),
                message(1, 3, 2, "researcher", "search", "tool", 0, Optional.empty(), 100),
                message(2, 3, 2, "search", "researcher", "tool", 0, Optional.of(EnvelopeStatus.SUCCESS), 300),
                new DecisionRecord(RUN, 3, Optional.of(SpanId.of(2)), 1, NodeId.of("checker"), "validator",
                        "reject", "confidence 0.4 below threshold 0.7", Optional.of("{\"threshold\":0.7}"),
                        Duration.ofMillis(500), Optional.empty()),
                new StoreWriteRecord(RUN, 4, 1, NodeId.of("notes"), "topic/tides", Optional.of("{\"n\":1}"),
                        Optional.of("{\"n\":2}"), NodeId.of("researcher"), 2, OptionalLong.of(1), false, true,
                        Duration.ofMillis(550), Optional.empty()),
                message(5, 2, 0, "researcher", "start", "work", 0, Optional.of(EnvelopeStatus.FAILED), 600));
    }

    private static MessageRecord message(int seq, long span, long parent, String from, String to, String purpose,
            long reserved, Optional<EnvelopeStatus> status, long millis) {
        return new MessageRecord(RUN, seq, TRACE, SpanId.of(span), parent == 0 ? Optional.empty()
                : Optional.of(SpanId.of(parent)), 1, NodeId.of(from), NodeId.of(to), TrustLabel.HUMAN,
                Optional.of(purpose), 1, reserved, "[{\"id\":\"no-prod\",\"text\":\"never touch prod\",\"hard\":true}]",
                "{}", status, status.map(s -> "{\"status\":\"" + s.jsonName() + "\",\"reason\":\"searched\","
                        + "\"failure\":\"" + (s == EnvelopeStatus.FAILED ? "contract" : "none")
                        + "\",\"tokens\":1200,\"costMicros\":12000}"),
                Duration.ofMillis(millis), Optional.empty());
    }
}
