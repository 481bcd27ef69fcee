// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import static dev.baton.engine.store.internal.Columns.nanos;
import static dev.baton.engine.store.internal.Columns.optionalInstant;
import static dev.baton.engine.store.internal.Columns.optionalLong;
import static dev.baton.engine.store.internal.Columns.optionalText;
import static dev.baton.engine.store.internal.Columns.setInstant;
import static dev.baton.engine.store.internal.Columns.setLong;
import static dev.baton.engine.store.internal.Columns.setText;

import dev.baton.engine.store.internal.Rows;
import dev.baton.model.NodeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads and writes {@code store_writes}. Not threadsafe: bound to one session's connection. */
public final class StoreWriteRepository {
    private static final String COLUMNS = "run_id, seq, hop, store_node, record_key, before_json, after_json, writer,"
            + " version, expected_version, conflict, lost_update, virtual_nanos, wall_time";

    private final Connection connection;

    public StoreWriteRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts store writes in one batch; a seq already used in the run fails the batch. */
    public void insertAll(List<StoreWriteRecord> writes) {
        Rows.insertBatch(connection, Rows.insertSql("store_writes", COLUMNS), writes, StoreWriteRepository::bind,
                "insert " + writes.size() + " store writes");
    }

    /** The store writes of a run in trace order. */
    public List<StoreWriteRecord> forRun(String runId) {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM store_writes WHERE run_id = ? ORDER BY seq",
                ps -> ps.setString(1, runId), StoreWriteRepository::read, "read the store writes of run " + runId);
    }

    private static void bind(PreparedStatement ps, StoreWriteRecord w) throws SQLException {
        ps.setString(1, w.runId());
        ps.setInt(2, w.seq());
        ps.setInt(3, w.hop());
        ps.setString(4, w.storeNode().value());
        ps.setString(5, w.key());
        setText(ps, 6, w.beforeJson());
        setText(ps, 7, w.afterJson());
        ps.setString(8, w.writer().value());
        ps.setLong(9, w.version());
        setLong(ps, 10, w.expectedVersion());
        ps.setBoolean(11, w.conflict());
        ps.setBoolean(12, w.lostUpdate());
        ps.setLong(13, w.virtualTime().toNanos());
        setInstant(ps, 14, w.wallTime());
    }

    private static StoreWriteRecord read(ResultSet rs) throws SQLException {
        return new StoreWriteRecord(rs.getString("run_id"), rs.getInt("seq"), rs.getInt("hop"),
                NodeId.of(rs.getString("store_node")), rs.getString("record_key"), optionalText(rs, "before_json"),
                optionalText(rs, "after_json"), NodeId.of(rs.getString("writer")), rs.getLong("version"),
                optionalLong(rs, "expected_version"), rs.getBoolean("conflict"), rs.getBoolean("lost_update"),
                nanos(rs, "virtual_nanos"), optionalInstant(rs, "wall_time"));
    }
}
