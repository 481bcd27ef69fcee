// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.evidence;

import java.util.List;

/**
 * Stored simulation results the review reads for the two evidence items of the checklist (escalation path
 * tested, load-tested with injected failures). Evidence belongs to one revision: it is looked up by the design's
 * content hash, so editing the design makes old evidence irrelevant. The simulator implements this port from its
 * stored results.
 */
@FunctionalInterface
public interface EvidenceSource {
    /** A source with no evidence at all. */
    EvidenceSource NONE = hash -> List.of();

    /** Stored simulations of the revision with content hash {@code designHash}, in any order; never null. */
    List<SimulationEvidence> simulationsOf(String designHash);
}
