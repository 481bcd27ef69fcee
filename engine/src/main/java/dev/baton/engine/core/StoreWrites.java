// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.StoreSpec;

/**
 * Store writes under each store's concurrency control (docs/runtime.md, guarantee 6): optimistic writes on a
 * changed record are rejected, serialized writes apply on the current record, partitioned writes are rejected in
 * another writer's partition, and writes without control apply on the writer's stale snapshot, which is traced as a
 * lost update naming the overwritten writer.
 */
final class StoreWrites {
    private final RunState s;

    StoreWrites(RunState s) {
        this.s = s;
    }

    /** Applies an answer's writes in order; returns why the first rejected one was rejected, else null. */
    String apply(Call c, AgentReply reply) {
        for (StoreWriteRequest w : reply.writes()) {
            NodePlan store = s.plan.node(w.store());
            if (store == null || NodePlan.find(c.node.writes, store.index) < 0) {
                return c.node.id + " wrote to " + w.store() + ", which is not one of its stores";
            }
            int pos = NodePlan.find(c.node.storeSlots, store.slot);
            long readVersion = c.readVersions[pos];
            StoreTable.Store table = s.stores.store(store.slot);
            StoreTable.Version current = table.current(w.key());
            long currentVersion = current == null ? 0 : current.version;
            Object before = current == null ? null : current.value;
            StoreSpec spec = (StoreSpec) store.spec;
            ConcurrencyControl control = spec.concurrency();
            boolean stale = currentVersion > readVersion;
            StoreWriteResult outcome;
            Object after;
            if (control == ConcurrencyControl.NONE) {
                after = StoreTable.merge(table.valueAt(w.key(), readVersion), w.value());
                outcome = stale ? StoreWriteResult.LOST_UPDATE : StoreWriteResult.APPLIED;
            } else if (control == ConcurrencyControl.OPTIMISTIC) {
                if (stale) {
                    s.writeConflicts++;
                    s.trace.record(new TraceEvent.StoreWritten(s.id, s.now, store.id, w.key(), c.node.id, before, before,
                            readVersion, currentVersion, currentVersion, control, StoreWriteResult.CONFLICT, null));
                    return "write conflict on " + store.id + "/" + w.key() + ": read at version " + readVersion
                            + ", the record is at version " + currentVersion;
                }
                after = StoreTable.merge(before, w.value());
                outcome = StoreWriteResult.APPLIED;
            } else if (control == ConcurrencyControl.SERIALIZED) {
                after = StoreTable.merge(before, w.value());
                outcome = StoreWriteResult.APPLIED;
            } else if (control == ConcurrencyControl.PARTITIONED) {
                String partition = StoreTable.partitionOf(w.key(), w.value(), spec.partitionKey().orElse(null));
                NodeId owner = table.partitionOwners.putIfAbsent(partition, c.node.id);
                if (owner != null && !owner.equals(c.node.id)) {
                    s.writeConflicts++;
                    s.trace.record(new TraceEvent.StoreWritten(s.id, s.now, store.id, w.key(), c.node.id, before, before,
                            readVersion, currentVersion, currentVersion, control,
                            StoreWriteResult.PARTITION_VIOLATION, null));
                    return "partition " + partition + " of store " + store.id + " belongs to " + owner;
                }
                after = StoreTable.merge(before, w.value());
                outcome = StoreWriteResult.APPLIED;
            } else {
                throw new AssertionError("unhandled " + control);
            }
            StoreTable.Version written = table.apply(w.key(), after, c.node.id);
            NodeId overwritten = null;
            if (outcome == StoreWriteResult.LOST_UPDATE) {
                s.lostUpdates++;
                overwritten = current.writer;
            }
            s.trace.record(new TraceEvent.StoreWritten(s.id, s.now, store.id, w.key(), c.node.id, before, after,
                    readVersion, currentVersion, written.version, control, outcome, overwritten));
        }
        return null;
    }
}
