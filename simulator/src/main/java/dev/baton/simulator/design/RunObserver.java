// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.engine.core.BreakerState;
import dev.baton.engine.core.CallObserver;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.FailureKind;
import dev.baton.engine.core.StoreWriteResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import dev.baton.simulator.stats.IncidentCounts;
import dev.baton.simulator.stats.NodeCounter;
import java.util.Arrays;
import java.util.List;

/**
 * Watches one replication's trace: keeps the run's current time (the core records a message at the instant it
 * invokes the node, so the last event's time is the call's start) and counts incidents per node. Cheap by design:
 * one array increment per counted event. Not threadsafe: one instance per replication.
 *
 * <p>An orphaned subtask is a delegated or consulted call of a node without a call timeout that the run's end had
 * to settle: the core gives every call still in flight at the end a {@code cancelled} envelope, and for a node
 * without a timeout nothing else would ever have settled it (a hang, or work the run stopped waiting for). A call
 * of a node with a timeout that the end cancels is not counted: its own deadline would have made it an explicit
 * failure.
 */
final class RunObserver implements TraceSink, CallObserver {
    private static final int COUNTERS = NodeCounter.values().length;

    private final BehaviourModel model;
    /** By node index: a node without a call timeout (see {@link NodeBehaviour#untimed}). */
    private final boolean[] untimed;
    /** Dense counts, node-major, reused across replications; only the {@link #touched} slots are non-zero. */
    private final long[] table;
    private int[] touched = new int[8];
    private int touchedCount;
    private long[] sentAt = new long[32];
    /** By span: a subtask call of a node without a call timeout, which only the run's end can settle. */
    private boolean[] orphanable = new boolean[32];
    private long busyNanos;
    private long now;
    private boolean humanApproved;

    RunObserver(BehaviourModel model) {
        this.model = model;
        List<NodeBehaviour> nodes = model.nodes();
        this.untimed = new boolean[nodes.size()];
        for (int i = 0; i < untimed.length; i++) {
            untimed[i] = nodes.get(i).untimed();
        }
        this.table = new long[nodes.size() * COUNTERS];
    }

    /** Readies this observer for the next replication on the same thread (arrays are reused, not reallocated). */
    void reset() {
        for (int i = 0; i < touchedCount; i++) {
            table[touched[i]] = 0;
        }
        touchedCount = 0;
        humanApproved = false;
        busyNanos = 0;
        now = 0;
    }

    long now() {
        return now;
    }

    /** Messages and envelopes arrive as {@link CallObserver} calls, not as records (the simulator's hot path). */
    @Override
    public CallObserver callObserver() {
        return this;
    }

    @Override
    public void messageSent(long time, long span, int nodeIndex, CallPurpose purpose) {
        now = time;
        if (span >= sentAt.length) {
            int size = (int) Math.max(sentAt.length * 2L, span + 1);
            sentAt = Arrays.copyOf(sentAt, size);
            orphanable = Arrays.copyOf(orphanable, size);
        }
        sentAt[(int) span] = time;
        orphanable[(int) span] = (purpose == CallPurpose.WORK || purpose == CallPurpose.CONSULT) && untimed[nodeIndex];
    }

    @Override
    public void envelopeReceived(long time, long span, int nodeIndex, FailureKind failure) {
        now = time;
        busyNanos += time - sentAt[(int) span];
        if (failure == FailureKind.CANCELLED && orphanable[(int) span]) {
            add(nodeIndex, NodeCounter.ORPHANED_SUBTASKS);
        }
    }

    @Override
    public void record(TraceEvent event) {
        now = event.time();
        if (event instanceof TraceEvent.MessageSent) {
            TraceEvent.MessageSent m = (TraceEvent.MessageSent) event;
            messageSent(m.time(), m.span(), index(m.receiver()), m.purpose());
        } else if (event instanceof TraceEvent.EnvelopeReceived) {
            TraceEvent.EnvelopeReceived e = (TraceEvent.EnvelopeReceived) event;
            envelopeReceived(e.time(), e.span(), index(e.from()), e.failure());
        } else if (event instanceof TraceEvent.DecisionMade) {
            TraceEvent.DecisionMade d = (TraceEvent.DecisionMade) event;
            if (d.kind() == DecisionKind.RETRY) {
                add(d.node(), NodeCounter.RETRIES);
            } else if (d.kind() == DecisionKind.HOP_CAP) {
                add(d.node(), NodeCounter.HOP_CAP_HITS);
            }
        } else if (event instanceof TraceEvent.BreakerTransitioned) {
            TraceEvent.BreakerTransitioned b = (TraceEvent.BreakerTransitioned) event;
            if (b.to() == BreakerState.OPEN) {
                add(b.tool(), NodeCounter.BREAKER_TRIPS);
            }
        } else if (event instanceof TraceEvent.EscalationOpened) {
            add(((TraceEvent.EscalationOpened) event).from(), NodeCounter.ESCALATIONS);
        } else if (event instanceof TraceEvent.EscalationResolved) {
            TraceEvent.EscalationResolved r = (TraceEvent.EscalationResolved) event;
            humanApproved |= r.decision() == HumanDecision.APPROVE && !r.byDefault();
        } else if (event instanceof TraceEvent.ConstraintLost) {
            add(((TraceEvent.ConstraintLost) event).at(), NodeCounter.CONSTRAINTS_LOST);
        } else if (event instanceof TraceEvent.StoreWritten) {
            TraceEvent.StoreWritten w = (TraceEvent.StoreWritten) event;
            if (w.result() == StoreWriteResult.LOST_UPDATE) {
                add(w.store(), NodeCounter.LOST_UPDATES);
            }
        }
    }

    /** Whether a person (not a deadline's default) approved an escalation in this run. */
    boolean humanApproved() {
        return humanApproved;
    }

    /** The summed time from each message to its envelope: how long nodes were working or awaited. */
    long busyNanos() {
        return busyNanos;
    }

    /** Adds one to {@code counter} of {@code node}. */
    void add(NodeId node, NodeCounter counter) {
        add(index(node), counter);
    }

    private void add(int nodeIndex, NodeCounter counter) {
        int slot = IncidentCounts.slot(nodeIndex, counter);
        if (table[slot]++ == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
        }
    }

    /** This replication's incidents so far, as an immutable copy. */
    IncidentCounts counts() {
        return IncidentCounts.of(table, touched, touchedCount);
    }

    private int index(NodeId node) {
        return model.node(node).index();
    }
}
