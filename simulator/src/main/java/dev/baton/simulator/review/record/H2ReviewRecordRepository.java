// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.evidence.Stored;
import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Review records in the H2 trace database ({@code review_records}). Findings and accepted risks are kept as JSON
 * arrays: {@code [{"rule":"BTN-C02","severity":"blocker","detail":"...","nodes":[...],"edges":[...],
 * "accepted":false}]} and {@code [{"rule":"BTN-M03","reason":"..."}]}. Each call opens and closes its own
 * session, so other Baton processes can use the database in between. This class is threadsafe.
 */
public final class H2ReviewRecordRepository implements ReviewRecordRepository {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TraceDatabase database;

    public H2ReviewRecordRepository(TraceDatabase database) {
        this.database = Objects.requireNonNull(database, "database must not be null");
    }

    @Override
    public long save(ReviewRecord r) {
        var row = new dev.baton.engine.store.evidence.ReviewRecord(new DesignHash(r.designHash()), r.designName(),
                r.reviewer(), r.reviewedAt(), r.score(), write(findingRows(r.findings())), write(riskRows(r)));
        return database.withSession(s -> s.reviews().insert(row));
    }

    @Override
    public List<ReviewRecord> forDesign(String designHash) {
        List<Stored<dev.baton.engine.store.evidence.ReviewRecord>> rows =
                database.withSession(s -> s.reviews().forDesign(new DesignHash(designHash)));
        List<ReviewRecord> records = new ArrayList<>(rows.size());
        for (var stored : rows) {
            var row = stored.value();
            List<RecordedFinding> findings = new ArrayList<>();
            for (FindingRow f : read(row.findingsJson(), new TypeReference<List<FindingRow>>() { })) {
                findings.add(new RecordedFinding(f.rule(), Severity.fromName(f.severity()), f.detail(), f.nodes(),
                        f.edges(), f.accepted()));
            }
            List<AcceptedRisk> risks = new ArrayList<>();
            for (RiskRow a : read(row.acceptedRisksJson(), new TypeReference<List<RiskRow>>() { })) {
                risks.add(new AcceptedRisk(ReviewRule.fromId(a.rule()), a.reason()));
            }
            records.add(new ReviewRecord(row.designHash().value(), row.designName(), row.reviewer(), row.reviewedAt(),
                    row.score(), findings, risks));
        }
        return records;
    }

    private static List<FindingRow> findingRows(List<RecordedFinding> findings) {
        List<FindingRow> rows = new ArrayList<>(findings.size());
        for (RecordedFinding f : findings) {
            rows.add(new FindingRow(f.ruleId(), f.severity().jsonName(), f.detail(), f.nodes(), f.edges(),
                    f.accepted()));
        }
        return rows;
    }

    private static List<RiskRow> riskRows(ReviewRecord r) {
        List<RiskRow> rows = new ArrayList<>();
        for (AcceptedRisk a : r.acceptedRisks()) {
            rows.add(new RiskRow(a.rule().id(), a.reason()));
        }
        return rows;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a review record as JSON: " + e.getMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored review record is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One finding in {@code findings_json}. */
    record FindingRow(String rule, String severity, String detail, List<String> nodes, List<String> edges,
            boolean accepted) { }

    /** One accepted risk in {@code accepted_risks_json}. */
    record RiskRow(String rule, String reason) { }
}
