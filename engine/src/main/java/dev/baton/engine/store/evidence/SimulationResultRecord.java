// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.evidence;

import dev.baton.engine.store.DesignHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary of one Monte Carlo simulation of a design revision under a fault plan.
 *
 * @param faultPlan the fault plan's name ("worker B crashes at t=15s"), or "none"
 * @param faultPlanJson the fault plan itself as JSON text, if it has one
 * @param runs how many seeded runs were simulated
 * @param seed the base seed
 * @param summaryJson the summary (outcome mix, distributions, incidents) as JSON text
 */
public record SimulationResultRecord(DesignHash designHash, String designName, String faultPlan,
        Optional<String> faultPlanJson, int runs, long seed, String summaryJson, Instant createdAt) {

    public SimulationResultRecord {
        Objects.requireNonNull(designHash, "simulation designHash must not be null");
        Objects.requireNonNull(designName, "simulation designName must not be null");
        if (faultPlan == null || faultPlan.isBlank()) {
            throw new IllegalArgumentException("simulation faultPlan must not be blank (use \"none\")");
        }
        Objects.requireNonNull(faultPlanJson, "simulation faultPlanJson must not be null");
        if (runs < 1) {
            throw new IllegalArgumentException("simulation runs must be >= 1, but was " + runs);
        }
        Objects.requireNonNull(summaryJson, "simulation summaryJson must not be null");
        Objects.requireNonNull(createdAt, "simulation createdAt must not be null");
    }
}
