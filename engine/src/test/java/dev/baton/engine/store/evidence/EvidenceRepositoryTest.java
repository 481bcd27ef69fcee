// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.evidence;

import static dev.baton.engine.store.TestStores.HASH;
import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.store.DesignHash;
import dev.baton.model.Design;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TestStores;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void simulationResultsAreKeptPerDesignRevisionNewestFirst() {
        SimulationResultRecord older = new SimulationResultRecord(HASH, "refund-triage", "worker B crashes at t=15s",
                Optional.of("{\"crash\":\"B\"}"), 10_000, 7, "{\"completed\":0.93}", T0);
        SimulationResultRecord newer = new SimulationResultRecord(HASH, "refund-triage", "none", Optional.empty(),
                500, 8, "{\"completed\":0.99}", T0.plusSeconds(60));
        SimulationResultRecord otherRevision = new SimulationResultRecord(DesignHash.of(Design.empty("other")),
                "refund-triage", "none", Optional.empty(), 1, 1, "{}", T0);
        try (StoreSession s = TestStores.openIn(dir).session()) {
            long olderId = s.simulationResults().insert(older);
            long newerId = s.simulationResults().insert(newer);
            s.simulationResults().insert(otherRevision);

            assertThat(s.simulationResults().forDesign(HASH))
                    .containsExactly(new Stored<>(newerId, newer), new Stored<>(olderId, older));
        }
    }

    @Test
    void reviewsRoundTripWithFindingsAndAcceptedRisks() {
        ReviewRecord review = new ReviewRecord(HASH, "refund-triage", "dana", T0, 8,
                "[{\"rule\":\"hop-cap\",\"severity\":\"high\"}]", "[{\"rule\":\"retry-budget\",\"why\":\"batch\"}]");
        try (StoreSession s = TestStores.openIn(dir).session()) {
            long id = s.reviews().insert(review);

            assertThat(s.reviews().forDesign(HASH)).containsExactly(new Stored<>(id, review));
            assertThat(s.reviews().forDesign(DesignHash.of(Design.empty("other")))).isEmpty();
        }
    }
}
