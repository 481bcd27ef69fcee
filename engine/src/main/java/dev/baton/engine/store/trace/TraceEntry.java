// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One traced event of a run. {@code seq} orders the events of a run across all kinds; {@code virtualTime} is
 * the driver's clock since the run started (virtual in simulation, elapsed real time in the real-time driver);
 * {@code wallTime} is present only under the real-time driver.
 */
public sealed interface TraceEntry permits MessageRecord, DecisionRecord, StoreWriteRecord {
    String runId();

    int seq();

    int hop();

    Duration virtualTime();

    Optional<Instant> wallTime();

    /** Checks the fields every entry has; called by the records' constructors. */
    static void checkCommon(String kind, String runId, int seq, int hop, Duration virtualTime,
            Optional<Instant> wallTime) {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException(kind + " runId must not be blank");
        }
        if (seq < 0) {
            throw new IllegalArgumentException(kind + " seq must be >= 0, but was " + seq);
        }
        if (hop < 0) {
            throw new IllegalArgumentException(kind + " hop must be >= 0, but was " + hop);
        }
        if (virtualTime == null || virtualTime.isNegative()) {
            throw new IllegalArgumentException(kind + " virtualTime must be >= 0, but was " + virtualTime);
        }
        if (wallTime == null) {
            throw new IllegalArgumentException(kind + " wallTime must not be null (use Optional.empty())");
        }
    }
}
