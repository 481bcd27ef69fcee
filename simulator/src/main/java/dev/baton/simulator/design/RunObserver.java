// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.engine.core.BreakerState;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.FailureKind;
import dev.baton.engine.core.StoreWriteResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;
import dev.baton.simulator.stats.NodeCounter;
import java.util.Arrays;

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
final class RunObserver implements TraceSink {
    private static final int COUNTERS = NodeCounter.values().length;
    private static final long[] NO_COUNTS = new long[0];

    private final BehaviourModel model;
    private final int nodeCount;
    private long[] counts; // allocated on the first incident: most runs have none
    private long[] sentAt = new long[32];
    /** By span: a subtask call of a node without a call timeout, which only the run's end can settle. */
    private boolean[] orphanable = new boolean[32];
    private long busyNanos;
    private long now;
    private boolean humanApproved;

    RunObserver(BehaviourModel model) {
        this.model = model;
        this.nodeCount = model.nodes().size();
    }

    /** Readies this observer for the next replication on the same thread (arrays are reused, not reallocated). */
    void reset() {
        counts = null;
        humanApproved = false;
        busyNanos = 0;
        now = 0;
    }

    long now() {
        return now;
    }

    @Override
    public void record(TraceEvent event) {
        now = event.time();
        if (event instanceof TraceEvent.MessageSent) {
            TraceEvent.MessageSent m = (TraceEvent.MessageSent) event;
            if (m.span() >= sentAt.length) {
                int size = (int) Math.max(sentAt.length * 2L, m.span() + 1);
                sentAt = Arrays.copyOf(sentAt, size);
                orphanable = Arrays.copyOf(orphanable, size);
            }
            sentAt[(int) m.span()] = m.time();
            orphanable[(int) m.span()] = (m.purpose() == CallPurpose.WORK || m.purpose() == CallPurpose.CONSULT)
                    && model.node(m.receiver()).untimed();
        } else if (event instanceof TraceEvent.EnvelopeReceived) {
            TraceEvent.EnvelopeReceived e = (TraceEvent.EnvelopeReceived) event;
            busyNanos += e.time() - sentAt[(int) e.span()];
            if (e.failure() == FailureKind.CANCELLED && orphanable[(int) e.span()]) {
                add(e.from(), NodeCounter.ORPHANED_SUBTASKS);
            }
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
        if (counts == null) {
            counts = new long[nodeCount * COUNTERS];
        }
        counts[index(node) * COUNTERS + counter.ordinal()]++;
    }

    /**
     * The counts, node-major in design order, or an empty array when nothing happened. The array is handed over:
     * the next {@link #reset} does not touch it.
     */
    long[] counts() {
        return counts == null ? NO_COUNTS : counts;
    }

    private int index(NodeId node) {
        return model.node(node).index();
    }
}
