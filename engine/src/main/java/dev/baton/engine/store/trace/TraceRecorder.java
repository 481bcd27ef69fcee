// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRequest;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.run.RunTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes one run's trace into the store while the run goes on. Entries are buffered and written in one
 * transaction per flush: when the buffer is full, when the run raises an escalation (so the inbox shows it with
 * everything that led to it) and when the run ends. Between flushes the recorder holds no connection, so other
 * Baton processes can read the database and answer escalations while the run waits.
 *
 * <p>Entries must come with strictly increasing {@code seq} numbers; {@link #nextSeq()} gives the next one.
 *
 * <p>This class is threadsafe: the real-time driver may record from several threads.
 */
public final class TraceRecorder {
    /** Entries buffered before a flush, unless told otherwise. */
    public static final int DEFAULT_FLUSH_THRESHOLD = 256;

    private final TraceDatabase database;
    private final String runId;
    private final int flushThreshold;
    private final List<MessageRecord> messages = new ArrayList<>();
    private final List<DecisionRecord> decisions = new ArrayList<>();
    private final List<StoreWriteRecord> storeWrites = new ArrayList<>();
    private RunTotals totals = RunTotals.ZERO;
    private int lastSeq = -1;
    private boolean finished;

    private TraceRecorder(TraceDatabase database, String runId, int flushThreshold) {
        this.database = database;
        this.runId = runId;
        this.flushThreshold = flushThreshold;
    }

    /** Stores the run as started and returns a recorder for its trace. */
    public static TraceRecorder start(TraceDatabase database, RunRecord started, int flushThreshold) {
        Objects.requireNonNull(database, "database must not be null");
        Objects.requireNonNull(started, "run must not be null");
        if (started.ended()) {
            throw new IllegalArgumentException("run " + started.id() + " has already ended; cannot record it");
        }
        if (flushThreshold < 1) {
            throw new IllegalArgumentException("flushThreshold must be >= 1, but was " + flushThreshold);
        }
        database.withSession(session -> {
            session.runs().insert(started);
            return null;
        });
        return new TraceRecorder(database, started.id(), flushThreshold);
    }

    public String runId() {
        return runId;
    }

    /** The sequence number the next entry should carry. */
    public synchronized int nextSeq() {
        return lastSeq + 1;
    }

    /** Buffers one traced entry of this run. */
    public synchronized void record(TraceEntry entry) {
        Objects.requireNonNull(entry, "trace entry must not be null");
        requireOpen();
        if (!entry.runId().equals(runId)) {
            throw new IllegalArgumentException("trace entry belongs to run " + entry.runId() + ", not " + runId);
        }
        if (entry.seq() <= lastSeq) {
            throw new IllegalArgumentException("trace entry seq must be > " + lastSeq + ", but was " + entry.seq());
        }
        lastSeq = entry.seq();
        if (entry instanceof MessageRecord) {
            messages.add((MessageRecord) entry);
        } else if (entry instanceof DecisionRecord) {
            decisions.add((DecisionRecord) entry);
        } else if (entry instanceof StoreWriteRecord) {
            storeWrites.add((StoreWriteRecord) entry);
        } else {
            throw new AssertionError("unhandled " + entry);
        }
        if (buffered() >= flushThreshold) {
            flush();
        }
    }

    /** Remembers the run's totals; they are written with the next flush. */
    public synchronized void totals(RunTotals current) {
        totals = Objects.requireNonNull(current, "totals must not be null");
    }

    /** Writes everything buffered. */
    public synchronized void flush() {
        requireOpen();
        database.withSession(session -> session.inTransaction(() -> {
            writeBuffered(session);
            return null;
        }));
    }

    /**
     * Flushes the trace and stores a pending escalation in one transaction.
     *
     * @return the escalation's inbox number
     */
    public synchronized long escalate(EscalationRequest request) {
        requireOpen();
        if (!request.runId().equals(runId)) {
            throw new IllegalArgumentException("escalation belongs to run " + request.runId() + ", not " + runId);
        }
        return database.withSession(session -> session.inTransaction(() -> {
            writeBuffered(session);
            return session.escalations().raise(request);
        }));
    }

    /**
     * Flushes the trace, cancels escalations nobody answered and records the run's end, in one transaction.
     * Nothing can be recorded afterwards.
     */
    public synchronized void finish(Instant endedAt, RunOutcome outcome, String reason, RunTotals finalTotals) {
        requireOpen();
        totals = Objects.requireNonNull(finalTotals, "finalTotals must not be null");
        database.withSession(session -> session.inTransaction(() -> {
            writeBuffered(session);
            session.escalations().cancelPending(runId);
            session.runs().finish(runId, endedAt, outcome, reason, totals);
            return null;
        }));
        finished = true;
    }

    private void writeBuffered(StoreSession session) {
        session.messages().insertAll(messages);
        session.decisions().insertAll(decisions);
        session.storeWrites().insertAll(storeWrites);
        session.runs().updateTotals(runId, totals);
        // Cleared only after the writes succeeded: a failed flush keeps the entries for the next attempt.
        messages.clear();
        decisions.clear();
        storeWrites.clear();
    }

    private int buffered() {
        return messages.size() + decisions.size() + storeWrites.size();
    }

    private void requireOpen() {
        if (finished) {
            throw new StoreException("run " + runId + " has finished; its trace is closed");
        }
    }
}
