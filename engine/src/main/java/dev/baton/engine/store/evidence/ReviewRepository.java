// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.evidence;

import static dev.baton.engine.store.internal.Columns.instant;
import static dev.baton.engine.store.internal.Columns.setInstant;

import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.internal.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads and writes {@code review_records}. Not threadsafe: bound to one session's connection. */
public final class ReviewRepository {
    private static final String COLUMNS = "design_hash, design_name, reviewer, reviewed_at, score, findings_json,"
            + " accepted_risks_json";

    private final Connection connection;

    public ReviewRepository(Connection connection) {
        this.connection = connection;
    }

    /** Stores a review and returns its id. */
    public long insert(ReviewRecord r) {
        return Rows.insertReturningId(connection, Rows.insertSql("review_records", COLUMNS), ps -> {
            ps.setString(1, r.designHash().value());
            ps.setString(2, r.designName());
            ps.setString(3, r.reviewer());
            setInstant(ps, 4, r.reviewedAt());
            ps.setInt(5, r.score());
            ps.setString(6, r.findingsJson());
            ps.setString(7, r.acceptedRisksJson());
        }, "store a review of " + r.designName());
    }

    /** The reviews of one design revision, newest first. */
    public List<Stored<ReviewRecord>> forDesign(DesignHash hash) {
        return Rows.list(connection, "SELECT id, " + COLUMNS
                + " FROM review_records WHERE design_hash = ? ORDER BY reviewed_at DESC, id DESC",
                ps -> ps.setString(1, hash.value()), rs -> new Stored<>(rs.getLong("id"), read(rs)),
                "read the reviews of design " + hash);
    }

    private static ReviewRecord read(ResultSet rs) throws SQLException {
        return new ReviewRecord(new DesignHash(rs.getString("design_hash")), rs.getString("design_name"),
                rs.getString("reviewer"), instant(rs, "reviewed_at"), rs.getInt("score"),
                rs.getString("findings_json"), rs.getString("accepted_risks_json"));
    }
}
