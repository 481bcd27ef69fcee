// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.evidence.SimulationResultRecord;
import dev.baton.simulator.review.evidence.SimulationEvidence;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredEvidenceSourceTest {
    private static final DesignHash HASH = new DesignHash("a".repeat(64));
    private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");

    @TempDir
    Path dir;

    @Test
    void readsEscalatedRunsAndInjectionFromTheStoredSummaryOfThatRevisionOnly() {
        TraceDatabase db = TraceDatabase.open(DatabaseLocation.of(dir.resolve("baton")), LockRetry.NONE);
        insert(db, HASH, "erp down", "{\"escalatedRuns\": 17, \"faultsInjected\": true}");
        insert(db, new DesignHash("b".repeat(64)), "none", "{\"escalatedRuns\": 3, \"faultsInjected\": false}");

        assertThat(new StoredEvidenceSource(db).simulationsOf(HASH.value())).singleElement().satisfies(e -> {
            assertThat(e.humanEscalations()).isEqualTo(17);
            assertThat(e.faultPlans()).containsExactly("erp down");
            assertThat(e.runs()).isEqualTo(300);
            assertThat(e.storedAt()).isEqualTo(T0);
        });
        assertThat(new StoredEvidenceSource(db).simulationsOf("c".repeat(64))).isEmpty();
    }

    @Test
    void aSummaryThatIsNotJsonCountsAsASimulationWithoutEscalations() {
        TraceDatabase db = TraceDatabase.open(DatabaseLocation.of(dir.resolve("baton")), LockRetry.NONE);
        insert(db, HASH, "none", "not json");

        assertThat(new StoredEvidenceSource(db).simulationsOf(HASH.value()))
                .extracting(SimulationEvidence::humanEscalations, SimulationEvidence::faultInjected)
                .containsExactly(Tuple.tuple(0L, false));
    }

    private static void insert(TraceDatabase db, DesignHash hash, String plan, String summary) {
        db.withSession(s -> s.simulationResults().insert(new SimulationResultRecord(hash, "d", plan, Optional.empty(),
                300, 1, summary, T0)));
    }
}
