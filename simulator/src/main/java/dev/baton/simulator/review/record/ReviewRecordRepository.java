// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.record;

import java.util.List;

/** Where review records are kept: in memory for tests and the app's session, in the H2 trace database otherwise. */
public interface ReviewRecordRepository {
    /** Stores {@code record} and returns its id. */
    long save(ReviewRecord record);

    /** The records of the revision with content hash {@code designHash}, newest first. */
    List<ReviewRecord> forDesign(String designHash);
}
