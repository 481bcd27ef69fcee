// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.ConfidenceProfile;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.HandoffProfile;
import dev.baton.simulator.profile.LatencyProfile;
import dev.baton.simulator.profile.Outcome;
import dev.baton.simulator.profile.OutcomeMix;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.profile.TokenProfile;
import dev.baton.simulator.profile.ToolAvailability;
import dev.baton.simulator.random.LogNormal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W1-DES of WORKLOADS.md as a design ({@code w1-des.baton.json}) with profiles that reproduce its model: worker
 * attempts take LogNormal(ln 2, 0.5) seconds and fail with probability 0.05; orchestrator, start and end take no
 * time; nothing spends tokens.
 */
final class W1DesDesign {
    private W1DesDesign() {}

    static Design design() {
        try (InputStream in = W1DesDesign.class.getResourceAsStream("/w1-des.baton.json")) {
            return DesignFiles.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), "w1-des.baton.json")
                    .design();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the W1-DES fixture must load", e);
        }
    }

    static BehaviourModel model() {
        Design design = design();
        Map<dev.baton.model.NodeId, BehaviourProfile> profiles = new LinkedHashMap<>();
        for (Node n : design.nodes()) {
            profiles.put(n.id(), n.kind() == NodeKind.AGENT ? worker() : instant());
        }
        return BehaviourModel.compile(design, new SimulationSection(profiles, List.of()), FaultPlan.none());
    }

    private static BehaviourProfile worker() {
        LogNormal d = new LogNormal(Math.log(2.0), 0.5);
        LatencyProfile latency = LatencyProfile.of(Duration.ofSeconds(2), Duration.ofNanos(Math.round(d.p95() * 1e9)));
        return profile(latency, OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.95, Outcome.FAILED, 0.05)));
    }

    private static BehaviourProfile instant() {
        return profile(LatencyProfile.ZERO, OutcomeMix.alwaysSuccess());
    }

    private static BehaviourProfile profile(LatencyProfile latency, OutcomeMix outcomes) {
        return new BehaviourProfile(latency, TokenProfile.NONE, outcomes, new ConfidenceProfile.Uniform(1, 1), 0, 0,
                HandoffProfile.NEVER, 0, 0, ToolAvailability.ALWAYS);
    }
}
