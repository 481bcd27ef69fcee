// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import static dev.baton.engine.store.internal.Columns.nanos;
import static dev.baton.engine.store.internal.Columns.optionalInstant;
import static dev.baton.engine.store.internal.Columns.optionalText;
import static dev.baton.engine.store.internal.Columns.setInstant;
import static dev.baton.engine.store.internal.Columns.setText;

import dev.baton.engine.store.internal.Rows;
import dev.baton.model.NodeId;
import dev.baton.model.message.SpanId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads and writes {@code decisions}. Not threadsafe: bound to one session's connection. */
public final class DecisionRepository {
    private static final String COLUMNS = "run_id, seq, span_id, hop, node, kind, decision, reason, detail_json,"
            + " virtual_nanos, wall_time";

    private final Connection connection;

    public DecisionRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts decisions in one batch; a seq already used in the run fails the batch. */
    public void insertAll(List<DecisionRecord> decisions) {
        Rows.insertBatch(connection, Rows.insertSql("decisions", COLUMNS), decisions, DecisionRepository::bind,
                "insert " + decisions.size() + " decisions");
    }

    /** The decisions of a run in trace order. */
    public List<DecisionRecord> forRun(String runId) {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM decisions WHERE run_id = ? ORDER BY seq",
                ps -> ps.setString(1, runId), DecisionRepository::read, "read the decisions of run " + runId);
    }

    private static void bind(PreparedStatement ps, DecisionRecord d) throws SQLException {
        ps.setString(1, d.runId());
        ps.setInt(2, d.seq());
        setText(ps, 3, d.spanId().map(SpanId::value));
        ps.setInt(4, d.hop());
        ps.setString(5, d.node().value());
        ps.setString(6, d.kind());
        ps.setString(7, d.decision());
        ps.setString(8, d.reason());
        setText(ps, 9, d.detailJson());
        ps.setLong(10, d.virtualTime().toNanos());
        setInstant(ps, 11, d.wallTime());
    }

    private static DecisionRecord read(ResultSet rs) throws SQLException {
        return new DecisionRecord(rs.getString("run_id"), rs.getInt("seq"),
                optionalText(rs, "span_id").map(SpanId::new), rs.getInt("hop"), NodeId.of(rs.getString("node")),
                rs.getString("kind"), rs.getString("decision"), rs.getString("reason"),
                optionalText(rs, "detail_json"), nanos(rs, "virtual_nanos"), optionalInstant(rs, "wall_time"));
    }
}
