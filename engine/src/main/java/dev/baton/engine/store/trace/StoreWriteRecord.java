// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import dev.baton.model.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A write to a shared store node, with the state before and after it and who wrote it (PRODUCT.md section 2,
 * guarantee 10).
 *
 * @param beforeJson the record before the write as JSON text; empty if it did not exist
 * @param afterJson the record after the write as JSON text; empty if the write deleted it or was refused
 * @param version the record's version after the write
 * @param expectedVersion the version an optimistic writer expected, if it gave one
 * @param conflict whether an optimistic write was refused because the version had moved on
 * @param lostUpdate whether this write silently replaced a write the writer never saw (control {@code none})
 */
public record StoreWriteRecord(String runId, int seq, int hop, NodeId storeNode, String key,
        Optional<String> beforeJson, Optional<String> afterJson, NodeId writer, long version,
        OptionalLong expectedVersion, boolean conflict, boolean lostUpdate, Duration virtualTime,
        Optional<Instant> wallTime) implements TraceEntry {

    public StoreWriteRecord {
        TraceEntry.checkCommon("store write", runId, seq, hop, virtualTime, wallTime);
        Objects.requireNonNull(storeNode, "store write storeNode must not be null");
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("store write key must not be empty");
        }
        Objects.requireNonNull(beforeJson, "store write beforeJson must not be null");
        Objects.requireNonNull(afterJson, "store write afterJson must not be null");
        Objects.requireNonNull(writer, "store write writer must not be null");
        if (version < 0) {
            throw new IllegalArgumentException("store write version must be >= 0, but was " + version);
        }
        Objects.requireNonNull(expectedVersion, "store write expectedVersion must not be null");
        if (conflict && lostUpdate) {
            throw new IllegalArgumentException("a store write is either a refused conflict or a lost update, not both");
        }
    }
}
