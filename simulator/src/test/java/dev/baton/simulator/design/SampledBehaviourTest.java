// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.RunId;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.Fault;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.OutcomeMix;
import dev.baton.simulator.profile.RateLimit;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.profile.TimeWindow;
import dev.baton.simulator.profile.ToolAvailability;
import dev.baton.simulator.random.RandomStreams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single calls answered by the sampled behaviour of the retry-storm design's shared tool {@code erp}. */
class SampledBehaviourTest {
    private static final NodeId ERP = NodeId.of("erp");

    @Test
    void aToolRefusesCallsBeyondItsRateLimitWithinTheWindow() throws Exception {
        BehaviourProfile limited = reliableTool().withAvailability(
                new ToolAvailability(1.0, List.of(), new RateLimit(2, Duration.ofHours(1))));
        SampledBehaviour b = behaviour(new SimulationSection(Map.of(ERP, limited), List.of()), FaultPlan.none());
        assertThat(b.respond(toolCall(0)).kind()).isEqualTo(ReplyKind.SUCCESS);
        assertThat(b.respond(toolCall(1)).kind()).isEqualTo(ReplyKind.SUCCESS);
        AgentReply third = b.respond(toolCall(2));
        assertThat(third.kind()).isEqualTo(ReplyKind.FAILED);
        assertThat(third.reason()).isEqualTo("erp rejected the call: rate limit");
    }

    @Test
    void aToolInAnOutageFailsAndACrashedToolNeverAnswers() throws Exception {
        SimulationSection reliable = new SimulationSection(Map.of(ERP, reliableTool()), List.of());
        SampledBehaviour down = behaviour(reliable, new FaultPlan("erp down", "", List.of(
                new Fault.ToolOutage(ERP, new TimeWindow(Duration.ZERO, Duration.ofMinutes(1))))));
        assertThat(down.respond(toolCall(0)).reason()).isEqualTo("erp is down (outage)");
        SampledBehaviour crashed = behaviour(reliable, new FaultPlan("erp crashes", "", List.of(
                new Fault.Crash(ERP, Duration.ZERO))));
        assertThat(crashed.respond(toolCall(0))).isNull();
        assertThat(behaviour(reliable, FaultPlan.none()).respond(toolCall(0)).kind()).isEqualTo(ReplyKind.SUCCESS);
    }

    private static BehaviourProfile reliableTool() {
        return BehaviourProfile.defaultsFor(NodeKind.TOOL).withOutcomes(OutcomeMix.alwaysSuccess())
                .withAvailability(ToolAvailability.ALWAYS);
    }

    private static SampledBehaviour behaviour(SimulationSection section, FaultPlan plan) throws Exception {
        String json = Files.readString(Path.of("..", "designs", "incident-retry-storm.baton.json"),
                StandardCharsets.UTF_8);
        Design design = DesignFiles.fromJson(json, "incident-retry-storm.baton.json").design();
        BehaviourModel model = BehaviourModel.compile(design, section, plan);
        return new SampledBehaviour(model, RandomStreams.forReplication(1, 0), new RunObserver(model));
    }

    /** A call to erp at run time 0 (the observer has seen no event yet). */
    private static AgentCall toolCall(int n) {
        return new AgentCall(RunId.of(0), n, ERP, NodeKind.TOOL, CallPurpose.TOOL, n, null, List.of(), List.of(),
                TrustLabel.AGENT_UNVERIFIED, 1, 1, 0, List.of(), n + 1);
    }
}
