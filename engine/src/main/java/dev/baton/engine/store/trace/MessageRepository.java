// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import static dev.baton.engine.store.internal.Columns.nanos;
import static dev.baton.engine.store.internal.Columns.optionalInstant;
import static dev.baton.engine.store.internal.Columns.optionalText;
import static dev.baton.engine.store.internal.Columns.setInstant;
import static dev.baton.engine.store.internal.Columns.setText;

import dev.baton.engine.store.internal.Rows;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.SpanId;
import dev.baton.model.message.TraceId;
import dev.baton.model.message.TrustLabel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads and writes {@code messages}. Not threadsafe: bound to one session's connection. */
public final class MessageRepository {
    private static final String COLUMNS = "run_id, seq, trace_id, span_id, parent_span, hop, sender, receiver, trust,"
            + " constraints_json, payload_json, envelope_status, envelope_json, virtual_nanos, wall_time, purpose,"
            + " attempt, reserved_tokens";

    private final Connection connection;

    public MessageRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts messages in one batch; a seq already used in the run fails the batch. */
    public void insertAll(List<MessageRecord> messages) {
        Rows.insertBatch(connection, Rows.insertSql("messages", COLUMNS), messages, MessageRepository::bind,
                "insert " + messages.size() + " messages");
    }

    /** The messages of a run in trace order. */
    public List<MessageRecord> forRun(String runId) {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM messages WHERE run_id = ? ORDER BY seq",
                ps -> ps.setString(1, runId), MessageRepository::read, "read the messages of run " + runId);
    }

    private static void bind(PreparedStatement ps, MessageRecord m) throws SQLException {
        ps.setString(1, m.runId());
        ps.setInt(2, m.seq());
        ps.setString(3, m.traceId().value());
        ps.setString(4, m.spanId().value());
        setText(ps, 5, m.parentSpan().map(SpanId::value));
        ps.setInt(6, m.hop());
        ps.setString(7, m.sender().value());
        ps.setString(8, m.receiver().value());
        ps.setString(9, m.trust().jsonName());
        ps.setString(10, m.constraintsJson());
        ps.setString(11, m.payloadJson());
        setText(ps, 12, m.envelopeStatus().map(EnvelopeStatus::jsonName));
        setText(ps, 13, m.envelopeJson());
        ps.setLong(14, m.virtualTime().toNanos());
        setInstant(ps, 15, m.wallTime());
        setText(ps, 16, m.purpose());
        ps.setInt(17, m.attempt());
        ps.setLong(18, m.reservedTokens());
    }

    private static MessageRecord read(ResultSet rs) throws SQLException {
        return new MessageRecord(rs.getString("run_id"), rs.getInt("seq"), new TraceId(rs.getString("trace_id")),
                new SpanId(rs.getString("span_id")), optionalText(rs, "parent_span").map(SpanId::new),
                rs.getInt("hop"), NodeId.of(rs.getString("sender")), NodeId.of(rs.getString("receiver")),
                TrustLabel.fromJson(rs.getString("trust")), optionalText(rs, "purpose"), rs.getInt("attempt"),
                rs.getLong("reserved_tokens"), rs.getString("constraints_json"),
                rs.getString("payload_json"), optionalText(rs, "envelope_status").map(EnvelopeStatus::fromJson),
                optionalText(rs, "envelope_json"), nanos(rs, "virtual_nanos"), optionalInstant(rs, "wall_time"));
    }
}
