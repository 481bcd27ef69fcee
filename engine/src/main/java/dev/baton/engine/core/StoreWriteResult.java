// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** What became of one store write. */
public enum StoreWriteResult {
    /** Applied with nothing lost. */
    APPLIED,
    /** Applied over a newer version the writer had not read (control {@code none}): another write was lost. */
    LOST_UPDATE,
    /** Rejected: the record changed since the writer read it (control {@code optimistic}). */
    CONFLICT,
    /** Rejected: the record's partition belongs to another writer (control {@code partitioned}). */
    PARTITION_VIOLATION;
}
