// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.evidence.SimulationResultRecord;
import dev.baton.engine.store.evidence.Stored;
import dev.baton.simulator.report.ReportJson;
import dev.baton.simulator.review.evidence.EvidenceSource;
import dev.baton.simulator.review.evidence.SimulationEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review's evidence read from the simulation results stored in the trace database: one
 * {@link SimulationEvidence} per stored simulation of the revision. A summary that cannot be read (written by
 * something other than {@code baton simulate}) still counts as a simulation, with no escalations seen. Threadsafe:
 * each lookup opens its own session.
 */
public final class StoredEvidenceSource implements EvidenceSource {
    private static final Logger LOG = LoggerFactory.getLogger(StoredEvidenceSource.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TraceDatabase db;

    public StoredEvidenceSource(TraceDatabase db) {
        this.db = Objects.requireNonNull(db, "db must not be null");
    }

    @Override
    public List<SimulationEvidence> simulationsOf(String designHash) {
        List<Stored<SimulationResultRecord>> rows =
                db.withSession(s -> s.simulationResults().forDesign(new DesignHash(designHash)));
        List<SimulationEvidence> out = new ArrayList<>(rows.size());
        for (Stored<SimulationResultRecord> row : rows) {
            out.add(evidence(row));
        }
        return out;
    }

    private static SimulationEvidence evidence(Stored<SimulationResultRecord> row) {
        SimulationResultRecord r = row.value();
        long escalated = 0;
        boolean injected = !"none".equals(r.faultPlan());
        try {
            JsonNode summary = MAPPER.readTree(r.summaryJson());
            escalated = Math.max(0, summary.path(ReportJson.ESCALATED_RUNS).asLong(0));
            injected = summary.path(ReportJson.FAULTS_INJECTED).asBoolean(injected);
        } catch (JsonProcessingException e) {
            LOG.warn("simulation {} has a summary that is not JSON ({}); reading it as no escalations",
                    row.id(), e.getOriginalMessage());
        }
        return new SimulationEvidence(Long.toString(row.id()), r.designHash().value(), r.createdAt(), r.runs(),
                injected ? List.of(r.faultPlan()) : List.of(), escalated);
    }
}
