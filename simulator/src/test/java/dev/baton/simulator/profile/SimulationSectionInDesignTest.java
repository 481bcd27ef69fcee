// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.SimulationData;
import dev.baton.model.format.DesignFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulation section travels inside the design file; the simulator reads and writes it there. */
class SimulationSectionInDesignTest {
    private static final NodeId WEB = NodeId.of("web-researcher");
    private static final NodeId SEARCH = NodeId.of("web-search");

    private static Design research() throws Exception {
        return DesignFiles.load(Path.of("../designs/research-pipeline.baton.json")).design()
                .withSimulation(SimulationData.NONE);
    }

    private static SimulationSection section() throws Exception {
        Map<NodeId, BehaviourProfile> profiles = new LinkedHashMap<>();
        profiles.put(WEB, BehaviourProfile.defaultsFor(NodeKind.AGENT)
                .withLatency(LatencyProfile.of(Duration.ofMillis(1500), Duration.ofSeconds(12))));
        profiles.put(SEARCH, BehaviourProfile.defaultsFor(research().node(SEARCH).orElseThrow()));
        FaultPlan outage = new FaultPlan("search API outage", "the search API is down for a minute",
                List.of(new Fault.ToolOutage(SEARCH, new TimeWindow(Duration.ofSeconds(10), Duration.ofSeconds(70))),
                        new Fault.Crash(WEB, Duration.ofSeconds(15))));
        return new SimulationSection(profiles, List.of(outage));
    }

    @Test
    void writtenSectionSurvivesTheDesignFileAndIsStable() throws Exception {
        Design design = section().writeTo(research());
        String text = DesignFiles.toJson(design);

        Design loaded = DesignFiles.fromJson(text, "research.baton.json").design();

        assertThat(SimulationSection.of(loaded)).isEqualTo(section());
        assertThat(DesignFiles.toJson(loaded)).isEqualTo(text);
        assertThat(DesignFiles.toJson(section().writeTo(loaded))).isEqualTo(text);
        assertThat(text).contains("\n  \"simulation\": {\n    \"profiles\": {\n      \"web-researcher\": {")
                .contains("\"p50\": \"1500ms\"");
    }

    @Test
    void emptySectionIsRemovedAndReadsBackEmpty() throws Exception {
        Design design = SimulationSection.EMPTY.writeTo(section().writeTo(research()));

        assertThat(design.simulation().isEmpty()).isTrue();
        assertThat(SimulationSection.of(design)).isEqualTo(SimulationSection.EMPTY);
    }

    @Test
    void brokenValueIsReportedAtItsPathInTheDesignFile() throws Exception {
        Design design = research().withSimulation(new SimulationData(
                "{\"profiles\":{\"web-researcher\":{\"latency\":{\"p50\":\"5s\",\"p95\":\"1s\"}}}}"));

        assertThatThrownBy(() -> SimulationSection.of(design))
                .isInstanceOfSatisfying(SimulationFormatException.class, e -> {
                    assertThat(e.jsonPath()).startsWith("$.simulation.profiles[\"web-researcher\"].latency");
                    assertThat(e.getMessage()).startsWith("at $.simulation.profiles[\"web-researcher\"].latency");
                });
    }

    @Test
    void faultAtAMissingNodeIsReportedAtItsPath() throws Exception {
        Design design = research().withSimulation(new SimulationData("{\"faultPlans\":[{\"name\":\"x\",\"faults\":"
                + "[{\"type\":\"crash\",\"node\":\"ghost\",\"at\":\"1s\"}]}]}"));

        assertThatThrownBy(() -> SimulationSection.of(design))
                .isInstanceOfSatisfying(SimulationFormatException.class,
                        e -> assertThat(e.jsonPath()).isEqualTo("$.simulation.faultPlans[0].faults[0].node"));
    }

    @Test
    void unknownKeyInsideTheSectionIsKeptByTheFileButNamedByTheSimulator() throws Exception {
        String text = DesignFiles.toJson(section().writeTo(research())).replace("\"p95\": \"12s\"\n        }",
                "\"p95\": \"12s\"\n        },\n        \"moodSwings\": \"often\"");

        Design loaded = DesignFiles.fromJson(text, "newer.baton.json").design();

        // The design file keeps it byte for byte (a newer simulator may understand it) ...
        assertThat(DesignFiles.toJson(loaded)).isEqualTo(text);
        // ... and this simulator refuses to guess what it means.
        assertThatThrownBy(() -> SimulationSection.of(loaded))
                .isInstanceOfSatisfying(SimulationFormatException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$.simulation.profiles[\"web-researcher\"].moodSwings");
                    assertThat(e.getMessage()).contains("unknown key \"moodSwings\"");
                });
    }
}
