// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.engine.core.BreakerState;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.StoreWriteResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import dev.baton.model.NodeId;
import dev.baton.simulator.stats.NodeCounter;
import java.util.Arrays;

/**
 * Watches one replication's trace: keeps the run's current time (the core records a message at the instant it
 * invokes the node, so the last event's time is the call's start) and counts incidents per node. Cheap by design:
 * one array increment per counted event. Not threadsafe: one instance per replication.
 */
final class RunObserver implements TraceSink {
    private static final int COUNTERS = NodeCounter.values().length;
    private static final long[] NO_COUNTS = new long[0];

    private final BehaviourModel model;
    private final int[] open;
    private long[] counts; // allocated on the first incident: most runs have none
    private long[] sentAt = new long[32];
    private long busyNanos;
    private long now;

    RunObserver(BehaviourModel model) {
        this.model = model;
        this.open = new int[model.nodes().size()];
    }

    /** Readies this observer for the next replication on the same thread (arrays are reused, not reallocated). */
    void reset() {
        Arrays.fill(open, 0);
        counts = null;
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
            open[index(m.receiver())]++;
            if (m.span() >= sentAt.length) {
                sentAt = Arrays.copyOf(sentAt, (int) Math.max(sentAt.length * 2L, m.span() + 1));
            }
            sentAt[(int) m.span()] = m.time();
        } else if (event instanceof TraceEvent.EnvelopeReceived) {
            TraceEvent.EnvelopeReceived e = (TraceEvent.EnvelopeReceived) event;
            open[index(e.from())]--;
            busyNanos += e.time() - sentAt[(int) e.span()];
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
        } else if (event instanceof TraceEvent.ConstraintLost) {
            add(((TraceEvent.ConstraintLost) event).at(), NodeCounter.CONSTRAINTS_LOST);
        } else if (event instanceof TraceEvent.StoreWritten) {
            TraceEvent.StoreWritten w = (TraceEvent.StoreWritten) event;
            if (w.result() == StoreWriteResult.LOST_UPDATE) {
                add(w.store(), NodeCounter.LOST_UPDATES);
            }
        }
    }

    /** The summed time from each message to its envelope: how long nodes were working or awaited. */
    long busyNanos() {
        return busyNanos;
    }

    /** Adds one to {@code counter} of {@code node}. */
    void add(NodeId node, NodeCounter counter) {
        if (counts == null) {
            counts = new long[open.length * COUNTERS];
        }
        counts[index(node) * COUNTERS + counter.ordinal()]++;
    }

    /**
     * The counts, node-major in design order, or an empty array when nothing happened; messages never answered
     * are added as orphaned subtasks. The array is handed over: the next {@link #reset} does not touch it.
     */
    long[] counts() {
        for (int i = 0; i < open.length; i++) {
            for (int k = 0; k < open[i]; k++) {
                add(model.nodes().get(i).id(), NodeCounter.ORPHANED_SUBTASKS);
            }
        }
        return counts == null ? NO_COUNTS : counts;
    }

    private int index(NodeId node) {
        return model.node(node).index();
    }
}
