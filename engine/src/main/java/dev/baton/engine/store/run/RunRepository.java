// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.run;

import static dev.baton.engine.store.internal.Columns.instant;
import static dev.baton.engine.store.internal.Columns.optionalInstant;
import static dev.baton.engine.store.internal.Columns.optionalText;
import static dev.baton.engine.store.internal.Columns.setInstant;
import static dev.baton.engine.store.internal.Columns.setText;

import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.internal.Rows;
import dev.baton.model.message.TraceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code runs}. Not threadsafe: bound to one session's connection. */
public final class RunRepository {
    private static final String COLUMNS = "id, design_name, design_hash, trace_id, seed, input_json, started_at,"
            + " ended_at, outcome, reason, tokens, cost_usd, hops, calls";

    private final Connection connection;

    public RunRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts a run; fails if the id is taken. */
    public void insert(RunRecord run) {
        Rows.update(connection, Rows.insertSql("runs", COLUMNS), ps -> {
            ps.setString(1, run.id());
            ps.setString(2, run.designName());
            ps.setString(3, run.designHash().value());
            ps.setString(4, run.traceId().value());
            ps.setLong(5, run.seed());
            setText(ps, 6, run.inputJson());
            setInstant(ps, 7, run.startedAt());
            setInstant(ps, 8, run.endedAt());
            setText(ps, 9, run.outcome().map(RunOutcome::label));
            ps.setString(10, run.reason());
            setTotals(ps, 11, run.totals());
        }, "insert run " + run.id());
    }

    /** Records the totals of a run in progress. */
    public void updateTotals(String runId, RunTotals totals) {
        int updated = Rows.update(connection, "UPDATE runs SET tokens = ?, cost_usd = ?, hops = ?, calls = ?"
                + " WHERE id = ?", ps -> {
                    setTotals(ps, 1, totals);
                    ps.setString(5, runId);
                }, "update totals of run " + runId);
        if (updated != 1) {
            throw new StoreException("no run " + runId + " in the trace database");
        }
    }

    /**
     * Records the end of a run. A run ends once.
     *
     * @throws StoreException if the run does not exist or has already ended
     */
    public void finish(String runId, Instant endedAt, RunOutcome outcome, String reason, RunTotals totals) {
        int updated = Rows.update(connection, "UPDATE runs SET ended_at = ?, outcome = ?, reason = ?, tokens = ?,"
                + " cost_usd = ?, hops = ?, calls = ? WHERE id = ? AND outcome IS NULL", ps -> {
                    setInstant(ps, 1, endedAt);
                    ps.setString(2, outcome.label());
                    ps.setString(3, reason);
                    setTotals(ps, 4, totals);
                    ps.setString(8, runId);
                }, "finish run " + runId);
        if (updated != 1) {
            throw new StoreException(find(runId).isPresent() ? "run " + runId + " has already ended"
                    : "no run " + runId + " in the trace database");
        }
    }

    public Optional<RunRecord> find(String runId) {
        return query("WHERE id = ?", ps -> ps.setString(1, runId)).stream().findFirst();
    }

    /** Runs whose id starts with {@code prefix}, so that a user can type the first few characters. */
    public List<RunRecord> findByPrefix(String prefix) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return query("WHERE id LIKE ? ESCAPE '\\' ORDER BY id", ps -> ps.setString(1, escaped + "%"));
    }

    /** The most recent runs first, at most {@code limit}. */
    public List<RunRecord> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, but was " + limit);
        }
        return query("ORDER BY started_at DESC, id DESC FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit));
    }

    private List<RunRecord> query(String where, Rows.Binder binder) {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM runs " + where, binder, RunRepository::read,
                "read runs");
    }

    private static RunRecord read(ResultSet rs) throws SQLException {
        return new RunRecord(rs.getString("id"), rs.getString("design_name"),
                new DesignHash(rs.getString("design_hash")), new TraceId(rs.getString("trace_id")),
                rs.getLong("seed"), optionalText(rs, "input_json"), instant(rs, "started_at"),
                optionalInstant(rs, "ended_at"), optionalText(rs, "outcome").map(RunOutcome::fromLabel),
                rs.getString("reason"), new RunTotals(rs.getLong("tokens"), rs.getBigDecimal("cost_usd"),
                        rs.getInt("hops"), rs.getInt("calls")));
    }

    private static void setTotals(PreparedStatement ps, int first, RunTotals totals) throws SQLException {
        ps.setLong(first, totals.tokens());
        ps.setBigDecimal(first + 1, totals.costUsd());
        ps.setInt(first + 2, totals.hops());
        ps.setInt(first + 3, totals.calls());
    }
}
