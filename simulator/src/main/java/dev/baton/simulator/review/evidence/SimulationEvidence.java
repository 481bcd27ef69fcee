// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the review needs to know about one stored simulation of a design revision.
 *
 * @param simulationId the store's id of the simulation result
 * @param designHash content hash of the simulated revision
 * @param storedAt when the result was stored
 * @param runs number of Monte Carlo runs
 * @param faultPlans names of the fault plans injected; empty = a run without injected failures
 * @param humanEscalations how many runs reached a human escalation
 */
public record SimulationEvidence(String simulationId, String designHash, Instant storedAt, int runs,
        List<String> faultPlans, long humanEscalations) {

    public SimulationEvidence {
        Objects.requireNonNull(simulationId, "simulationId must not be null");
        Objects.requireNonNull(designHash, "designHash must not be null");
        Objects.requireNonNull(storedAt, "storedAt must not be null");
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, but was " + runs);
        }
        faultPlans = List.copyOf(faultPlans);
        if (humanEscalations < 0) {
            throw new IllegalArgumentException("humanEscalations must be >= 0, but was " + humanEscalations);
        }
    }

    /** Whether failures were deliberately injected. */
    public boolean faultInjected() {
        return !faultPlans.isEmpty();
    }
}
