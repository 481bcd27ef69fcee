// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.SimulationData;
import dev.baton.model.spec.ToolSpec;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.RateLimit;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.review.SampleDesignFiles;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Nodes without a saved profile simulate with what their own settings in the design say. */
class BehaviourModelDefaultsTest {

    @Test
    void aToolWithoutASavedProfileUsesItsAvailabilityLatencyAndRateLimitFromTheDesign() throws Exception {
        Design design = SampleDesignFiles.load("research-pipeline").withSimulation(SimulationData.NONE);
        NodeId scholar = NodeId.of("scholar-api");
        ToolSpec settings = (ToolSpec) design.node(scholar).orElseThrow().spec();

        BehaviourProfile p = BehaviourModel.compile(design, SimulationSection.of(design), FaultPlan.none())
                .node(scholar).profile();

        assertThat(p.availability().availability()).isEqualTo(settings.availability()).isLessThan(0.99);
        assertThat(p.latency().p50()).isEqualTo(settings.latency().orElseThrow());
        assertThat(p.availability().rateLimit())
                .isEqualTo(new RateLimit(settings.rateLimitPerMinute().getAsInt(), Duration.ofMinutes(1)));
    }

    @Test
    void aSavedProfileThatSetsOnlyLatencyKeepsTheToolsOwnAvailabilityAndRateLimit() throws Exception {
        Design design = SampleDesignFiles.load("research-pipeline");
        NodeId scholar = NodeId.of("scholar-api");
        ToolSpec settings = (ToolSpec) design.node(scholar).orElseThrow().spec();

        BehaviourProfile p = SimulationSection.of(design).profiles().get(scholar);

        assertThat(p.latency().p95()).as("the saved profile's own latency").isEqualTo(Duration.ofSeconds(5));
        assertThat(p.availability().availability()).isEqualTo(settings.availability());
        assertThat(p.availability().rateLimit().calls()).isEqualTo(settings.rateLimitPerMinute().getAsInt());
    }
}
