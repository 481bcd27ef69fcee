// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.trace.DecisionRecord;
import dev.baton.engine.store.trace.MessageRecord;
import dev.baton.engine.store.trace.StoreWriteRecord;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.SpanId;
import dev.baton.model.message.TraceId;
import dev.baton.model.message.TrustLabel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Named fixtures for trace store tests. */
public final class TestStores {
    public static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    public static final TraceId TRACE = TraceId.of(0x1234, 0x5678);
    public static final DesignHash HASH = DesignHash.of(Design.empty("refund-triage"));

    private TestStores() {}

    public static TraceDatabase openIn(Path dir) {
        return TraceDatabase.open(DatabaseLocation.of(dir.resolve("baton")), LockRetry.NONE);
    }

    public static RunRecord startedRun(String id, Instant startedAt) {
        return RunRecord.started(id, "refund-triage", HASH, TRACE, 42, Optional.of("{\"ticket\":7}"), startedAt);
    }

    public static MessageRecord request(String runId, int seq, int hop, String from, String to) {
        return new MessageRecord(runId, seq, TRACE, SpanId.of(seq + 1L), Optional.of(SpanId.of(1)), hop,
                NodeId.of(from), NodeId.of(to), TrustLabel.SYSTEM, Optional.of("work"), 1, 8_000,
                "[{\"id\":\"no-prod\",\"text\":\"never touch prod\",\"hard\":true}]", "{\"task\":\"refund\"}",
                Optional.empty(), Optional.empty(), Duration.ofMillis(seq * 10L), Optional.of(T0.plusMillis(seq)));
    }

    public static MessageRecord reply(String runId, int seq, int hop, String from, String to, EnvelopeStatus status) {
        return new MessageRecord(runId, seq, TRACE, SpanId.of(seq + 1L), Optional.of(SpanId.of(seq)), hop,
                NodeId.of(from), NodeId.of(to), TrustLabel.AGENT_UNVERIFIED, Optional.of("work"), 1, 0, "[]", "{}",
                Optional.of(status),
                Optional.of("{\"status\":\"" + status.jsonName() + "\",\"confidence\":0.9}"),
                Duration.ofMillis(seq * 10L), Optional.empty());
    }

    public static DecisionRecord decision(String runId, int seq, String node, String kind, String decision) {
        return new DecisionRecord(runId, seq, Optional.of(SpanId.of(seq + 1L)), 2, NodeId.of(node), kind, decision,
                "confidence 0.4 below threshold 0.7", Optional.of("{\"threshold\":0.7}"), Duration.ofMillis(seq),
                Optional.empty());
    }

    public static StoreWriteRecord lostUpdate(String runId, int seq) {
        return new StoreWriteRecord(runId, seq, 3, NodeId.of("ledger"), "account/7", Optional.of("{\"balance\":10}"),
                Optional.of("{\"balance\":15}"), NodeId.of("billing-agent"), 4, OptionalLong.empty(), false, true,
                Duration.ofMillis(seq), Optional.empty());
    }
}
