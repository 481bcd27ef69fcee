// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.evidence;

import static dev.baton.engine.store.internal.Columns.instant;
import static dev.baton.engine.store.internal.Columns.optionalText;
import static dev.baton.engine.store.internal.Columns.setInstant;
import static dev.baton.engine.store.internal.Columns.setText;

import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.internal.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads and writes {@code simulation_results}. Not threadsafe: bound to one session's connection. */
public final class SimulationResultRepository {
    private static final String COLUMNS = "design_hash, design_name, fault_plan, fault_plan_json, runs, seed,"
            + " summary_json, created_at";

    private final Connection connection;

    public SimulationResultRepository(Connection connection) {
        this.connection = connection;
    }

    /** Stores a result and returns its id. */
    public long insert(SimulationResultRecord r) {
        return Rows.insertReturningId(connection, Rows.insertSql("simulation_results", COLUMNS), ps -> {
            ps.setString(1, r.designHash().value());
            ps.setString(2, r.designName());
            ps.setString(3, r.faultPlan());
            setText(ps, 4, r.faultPlanJson());
            ps.setInt(5, r.runs());
            ps.setLong(6, r.seed());
            ps.setString(7, r.summaryJson());
            setInstant(ps, 8, r.createdAt());
        }, "store a simulation result of " + r.designName());
    }

    /** The results for one design revision, newest first. */
    public List<Stored<SimulationResultRecord>> forDesign(DesignHash hash) {
        return Rows.list(connection, "SELECT id, " + COLUMNS
                + " FROM simulation_results WHERE design_hash = ? ORDER BY created_at DESC, id DESC",
                ps -> ps.setString(1, hash.value()), rs -> new Stored<>(rs.getLong("id"), read(rs)),
                "read the simulation results of design " + hash);
    }

    private static SimulationResultRecord read(ResultSet rs) throws SQLException {
        return new SimulationResultRecord(new DesignHash(rs.getString("design_hash")), rs.getString("design_name"),
                rs.getString("fault_plan"), optionalText(rs, "fault_plan_json"), rs.getInt("runs"),
                rs.getLong("seed"), rs.getString("summary_json"), instant(rs, "created_at"));
    }
}
