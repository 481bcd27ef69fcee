// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    private static final NodeId Y = NodeId.of("y");
    private static final NodeId SEARCH = NodeId.of("search");
    private static final NodeId PLANNER = NodeId.of("planner");

    @Test
    void rateFaultsChangeOnlyTheirNodesProfileInOrder() {
        FaultPlan plan = new FaultPlan("bad day", "", List.of(
                new Fault.OutcomeRate(Y, Outcome.MALFORMED, 0.3),
                new Fault.OutcomeRate(Y, Outcome.CRASH, 0.1),
                new Fault.AlwaysHandsOff(Y),
                new Fault.Crash(Y, Duration.ofSeconds(15))));
        BehaviourProfile base = BehaviourProfile.defaultsFor(NodeKind.AGENT);
        BehaviourProfile y = plan.adjust(Y, base);
        assertThat(y.outcomes().probability(Outcome.SUCCESS))
                .isCloseTo(0.9 * 0.7 * 0.9, within(1e-12));
        assertThat(y.outcomes().probability(Outcome.CRASH)).isCloseTo(0.1 + 0.9 * (0.7 * 0.01), within(1e-12));
        assertThat(y.handoff().rate()).isEqualTo(1.0);
        assertThat(plan.adjust(NodeId.of("other"), base)).isEqualTo(base);
        assertThat(plan.crashes()).containsExactly(new Fault.Crash(Y, Duration.ofSeconds(15)));
    }

    @Test
    void outagesAndNonConvergenceAdjustToolsAndPlanners() {
        FaultPlan plan = new FaultPlan("outage", "search down", List.of(
                new Fault.ToolOutage(SEARCH, new TimeWindow(Duration.ofSeconds(10), Duration.ofSeconds(60))),
                new Fault.PlannerNeverConverges(PLANNER)));
        assertThat(plan.adjust(SEARCH, BehaviourProfile.defaultsFor(NodeKind.TOOL)).availability().inOutage(30)).isTrue();
        assertThat(plan.adjust(PLANNER, BehaviourProfile.defaultsFor(NodeKind.PLANNER)).convergencePerRound()).isZero();
    }

    @Test
    void hallucinationDetectionAndContextRotFaultsSetTheirRates() {
        NodeId check = NodeId.of("check");
        FaultPlan plan = new FaultPlan("untrustworthy", "", List.of(new Fault.HallucinationRate(Y, 0.3),
                new Fault.ContextRot(Y, 0.2), new Fault.DetectionRate(check, 0.5)));
        BehaviourProfile y = plan.adjust(Y, BehaviourProfile.defaultsFor(NodeKind.AGENT));
        assertThat(y.hallucinationRate()).isEqualTo(0.3);
        assertThat(y.contextRotPerHop()).isEqualTo(0.2);
        assertThat(plan.adjust(check, BehaviourProfile.defaultsFor(NodeKind.VALIDATOR)).detectionRate())
                .isEqualTo(0.5);
        assertThatThrownBy(() -> new Fault.HallucinationRate(Y, 1.5))
                .hasMessage("hallucination-rate rate must be between 0 and 1, but was 1.5");
    }

    @Test
    void concurrentWritersNeedTwoDistinctWriters() {
        assertThatThrownBy(() -> new Fault.ConcurrentWriters(NodeId.of("crm"), "customer-42", List.of(Y, Y)))
                .hasMessage("concurrent-writers needs at least two distinct writers, but was [y, y]");
        assertThat(new FaultPlan("race", "", List.of(new Fault.ConcurrentWriters(NodeId.of("crm"), "c", List.of(Y, PLANNER))))
                .concurrentWriters()).hasSize(1);
    }

    @Test
    void planNeedsAName() {
        assertThatThrownBy(() -> new FaultPlan(" ", "", List.of())).hasMessage("fault plan name must not be blank");
    }
}
