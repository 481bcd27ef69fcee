// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.evidence;

import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.evidence.SimulationResultRecord;
import dev.baton.simulator.report.ReportJson;
import dev.baton.simulator.report.SimulationReport;
import java.time.Instant;
import java.util.Optional;

/** Stores simulations in the trace database, where the review finds them by the design's content hash. */
public final class SimulationResults {
    private SimulationResults() {}

    /**
     * Stores {@code report} (design hash, fault plan, runs, seed, summary JSON) and returns the row id.
     *
     * @throws IllegalArgumentException when the report has no finished run (nothing to keep as evidence)
     * @throws dev.baton.engine.store.StoreException when the database refuses
     */
    public static long store(TraceDatabase db, SimulationReport report, Instant at) {
        if (report.completed() < 1 || report.completed() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a stored simulation needs between 1 and " + Integer.MAX_VALUE
                    + " finished runs, but had " + report.completed());
        }
        Optional<String> planJson = report.faultsInjected()
                ? Optional.of(ReportJson.faultPlanJson(report).toString()) : Optional.empty();
        String planName = report.faultsInjected() ? report.faultPlan().name() : "none";
        SimulationResultRecord record = new SimulationResultRecord(new DesignHash(report.designHash()),
                report.design().name(), planName, planJson, (int) report.completed(), report.seed(),
                ReportJson.tree(report).toString(), at);
        return db.withSession(s -> s.simulationResults().insert(record));
    }
}
