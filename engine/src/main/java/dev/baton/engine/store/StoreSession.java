// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import dev.baton.engine.store.escalation.EscalationRepository;
import dev.baton.engine.store.evidence.ReviewRepository;
import dev.baton.engine.store.evidence.SimulationResultRepository;
import dev.baton.engine.store.run.RunRepository;
import dev.baton.engine.store.trace.DecisionRepository;
import dev.baton.engine.store.trace.MessageRepository;
import dev.baton.engine.store.trace.StoreWriteRepository;
import dev.baton.engine.store.trace.TraceEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One open connection to the trace database and the repositories bound to it. Statements commit one by one
 * unless grouped with {@link #inTransaction}. Closing the session releases the database file.
 *
 * <p>This class is not threadsafe: use a session from one thread.
 */
public final class StoreSession implements AutoCloseable {
    private final Connection connection;

    StoreSession(Connection connection) {
        this.connection = connection;
    }

    /** The raw connection, for migrations and tests. */
    public Connection connection() {
        return connection;
    }

    public RunRepository runs() {
        return new RunRepository(connection);
    }

    public MessageRepository messages() {
        return new MessageRepository(connection);
    }

    public DecisionRepository decisions() {
        return new DecisionRepository(connection);
    }

    public StoreWriteRepository storeWrites() {
        return new StoreWriteRepository(connection);
    }

    public EscalationRepository escalations() {
        return new EscalationRepository(connection);
    }

    public SimulationResultRepository simulationResults() {
        return new SimulationResultRepository(connection);
    }

    public ReviewRepository reviews() {
        return new ReviewRepository(connection);
    }

    /** Every traced entry of a run (messages, decisions, store writes), in {@code seq} order. */
    public List<TraceEntry> trace(String runId) {
        List<TraceEntry> entries = new ArrayList<>();
        entries.addAll(messages().forRun(runId));
        entries.addAll(decisions().forRun(runId));
        entries.addAll(storeWrites().forRun(runId));
        entries.sort(Comparator.comparingInt(TraceEntry::seq));
        return entries;
    }

    /** Runs {@code work} as one transaction: all of its writes commit, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction on the trace database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the trace database session: " + e.getMessage(), e);
        }
    }
}
