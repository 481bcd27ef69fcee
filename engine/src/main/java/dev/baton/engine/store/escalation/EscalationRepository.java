// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import static dev.baton.engine.store.internal.Columns.instant;
import static dev.baton.engine.store.internal.Columns.optionalInstant;
import static dev.baton.engine.store.internal.Columns.optionalText;
import static dev.baton.engine.store.internal.Columns.setInstant;
import static dev.baton.engine.store.internal.Columns.setText;

import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.internal.Rows;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code escalations}. Every status change is a compare-and-set from {@code pending}, so an
 * answer typed in one process and the deadline passing in the waiting run cannot both win.
 * Not threadsafe: bound to one session's connection.
 */
public final class EscalationRepository {
    private static final String COLUMNS = "id, run_id, human_node, question, raised_at, deadline, default_decision,"
            + " status, answer, note, answered_by, answered_at";
    private static final String PENDING = EscalationStatus.PENDING.label();

    private final Connection connection;

    public EscalationRepository(Connection connection) {
        this.connection = connection;
    }

    /** Stores a pending escalation and returns its inbox number. */
    public long raise(EscalationRequest request) {
        return Rows.insertReturningId(connection, Rows.insertSql("escalations",
                "run_id, human_node, question, raised_at, deadline, default_decision, status"), ps -> {
                    ps.setString(1, request.runId());
                    ps.setString(2, request.humanNode().value());
                    ps.setString(3, request.question());
                    setInstant(ps, 4, request.raisedAt());
                    setInstant(ps, 5, request.deadline());
                    ps.setString(6, request.defaultDecision().jsonName());
                    ps.setString(7, PENDING);
                }, "raise an escalation for run " + request.runId());
    }

    /**
     * Answers a pending escalation, if its deadline has not passed at {@code at}.
     *
     * @throws StoreException if there is no escalation {@code id}
     */
    public AnswerResult answer(long id, HumanDecision decision, Optional<String> note, String answeredBy,
            Instant at) {
        int updated = Rows.update(connection, "UPDATE escalations SET status = ?, answer = ?, note = ?,"
                + " answered_by = ?, answered_at = ? WHERE id = ? AND status = ? AND deadline >= ?", ps -> {
                    ps.setString(1, EscalationStatus.ANSWERED.label());
                    ps.setString(2, decision.jsonName());
                    setText(ps, 3, note);
                    ps.setString(4, answeredBy);
                    setInstant(ps, 5, at);
                    ps.setLong(6, id);
                    ps.setString(7, PENDING);
                    setInstant(ps, 8, at);
                }, "answer escalation " + id);
        return new AnswerResult(updated == 1, require(id));
    }

    /**
     * Takes the default decision of a pending escalation whose deadline has passed at {@code at}.
     *
     * @return the escalation as it stands: defaulted now, or already answered by a person
     */
    public EscalationRecord takeDefault(long id, Instant at) {
        Rows.update(connection, "UPDATE escalations SET status = ?, answer = default_decision, answered_by = ?,"
                + " answered_at = ? WHERE id = ? AND status = ? AND deadline <= ?", ps -> {
                    ps.setString(1, EscalationStatus.DEFAULTED.label());
                    ps.setString(2, EscalationRecord.BY_DEADLINE);
                    setInstant(ps, 3, at);
                    ps.setLong(4, id);
                    ps.setString(5, PENDING);
                    setInstant(ps, 6, at);
                }, "take the default of escalation " + id);
        return require(id);
    }

    /** Cancels the pending escalations of a run that ended without them; returns how many. */
    public int cancelPending(String runId) {
        return Rows.update(connection, "UPDATE escalations SET status = ? WHERE run_id = ? AND status = ?", ps -> {
            ps.setString(1, EscalationStatus.CANCELLED.label());
            ps.setString(2, runId);
            ps.setString(3, PENDING);
        }, "cancel the escalations of run " + runId);
    }

    public Optional<EscalationRecord> find(long id) {
        return query("WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    /** Pending escalations, oldest deadline first. */
    public List<EscalationRecord> pending() {
        return query("WHERE status = ? ORDER BY deadline, id", ps -> ps.setString(1, PENDING));
    }

    /** The escalations of one run, in the order raised. */
    public List<EscalationRecord> forRun(String runId) {
        return query("WHERE run_id = ? ORDER BY id", ps -> ps.setString(1, runId));
    }

    private EscalationRecord require(long id) {
        return find(id).orElseThrow(() -> new StoreException("no escalation " + id + " in the trace database"));
    }

    private List<EscalationRecord> query(String where, Rows.Binder binder) {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM escalations " + where, binder,
                EscalationRepository::read, "read escalations");
    }

    private static EscalationRecord read(ResultSet rs) throws SQLException {
        return new EscalationRecord(rs.getLong("id"), rs.getString("run_id"), NodeId.of(rs.getString("human_node")),
                rs.getString("question"), instant(rs, "raised_at"), instant(rs, "deadline"),
                HumanDecision.fromJson(rs.getString("default_decision")),
                EscalationStatus.fromLabel(rs.getString("status")),
                optionalText(rs, "answer").map(HumanDecision::fromJson), optionalText(rs, "note"),
                optionalText(rs, "answered_by"), optionalInstant(rs, "answered_at"));
    }
}
