// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Evidence kept in memory, for tests and for the app before a database is open. This class is threadsafe. */
public final class InMemoryEvidenceSource implements EvidenceSource {
    private final Map<String, List<SimulationEvidence>> byHash = new ConcurrentHashMap<>();

    /** Stores {@code evidence} under its design hash. */
    public InMemoryEvidenceSource add(SimulationEvidence evidence) {
        byHash.compute(evidence.designHash(), (k, list) -> {
            List<SimulationEvidence> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
            copy.add(evidence);
            return List.copyOf(copy);
        });
        return this;
    }

    @Override
    public List<SimulationEvidence> simulationsOf(String designHash) {
        return byHash.getOrDefault(designHash, List.of());
    }
}
