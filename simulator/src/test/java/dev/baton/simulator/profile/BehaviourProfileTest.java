// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.baton.model.NodeId;
import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BehaviourProfileTest {

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void everyKindHasAValidDefault(NodeKind kind) {
        BehaviourProfile p = BehaviourProfile.defaultsFor(kind);
        assertThat(p.outcomes().probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(p.tokens().inputP50() > 0).isEqualTo(kind.isInvocable());
    }

    @Test
    void defaultsFitTheirKind() {
        assertThat(BehaviourProfile.defaultsFor(NodeKind.PLANNER).convergencePerRound()).isPositive();
        assertThat(BehaviourProfile.defaultsFor(NodeKind.VALIDATOR).detectionRate()).isPositive();
        assertThat(BehaviourProfile.defaultsFor(NodeKind.TOOL).availability().availability()).isLessThan(1.0);
        assertThat(BehaviourProfile.defaultsFor(NodeKind.AGENT).handoff().notMyDomainRate()).isPositive();
        assertThat(BehaviourProfile.defaultsFor(NodeKind.START).latency()).isEqualTo(LatencyProfile.ZERO);
    }

    @Test
    void rejectsOutOfRangeRatesByName() {
        BehaviourProfile p = BehaviourProfile.defaultsFor(NodeKind.AGENT);
        assertThatThrownBy(() -> new BehaviourProfile(p.latency(), p.tokens(), p.outcomes(), p.confidence(), 1.2,
                p.detectionRate(), p.handoff(), p.convergencePerRound(), p.contextRotPerHop(), p.availability()))
                .hasMessage("hallucinationRate must be between 0 and 1, but was 1.2");
    }

    @Test
    void partsValidateTheirOwnRules() {
        assertThatThrownBy(() -> LatencyProfile.of(Duration.ofSeconds(3), Duration.ofSeconds(1)))
                .hasMessage("latency p95 must be >= p50 (PT3S), but was PT1S");
        assertThatThrownBy(() -> LatencyProfile.of(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("latency p95 must be 0 when p50 is 0, but was PT1S");
        assertThatThrownBy(() -> new TokenProfile(100, 50, 0, 0))
                .hasMessage("input tokens p95 must be >= p50 (100), but was 50");
        assertThatThrownBy(() -> new HandoffProfile(0.7, 0.5, Map.of()))
                .hasMessage("handoff rate + notMyDomainRate must be <= 1, but was 0.7 + 0.5");
        assertThatThrownBy(() -> new HandoffProfile(0.1, 0, Map.of(NodeId.of("a"), -1.0)))
                .hasMessage("handoff preference of a must be finite and >= 0, but was -1.0");
        assertThatThrownBy(() -> new TimeWindow(Duration.ofSeconds(60), Duration.ofSeconds(10)))
                .hasMessage("time window end must be after its start (PT1M), but was PT10S");
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).hasMessage("rate limit calls must be >= 1, but was 0");
        assertThatThrownBy(() -> new ConfidenceProfile.Uniform(0.5, 1.5))
                .hasMessage("uniform confidence must satisfy 0 <= low <= high <= 1, but was [0.5, 1.5]");
    }

    @Test
    void latencySamplesFollowTheLognormalOfItsQuantiles() {
        var d = LatencyProfile.of(Duration.ofSeconds(2), Duration.ofSeconds(6)).seconds();
        assertThat(d.mean()).isCloseTo(2 * Math.exp(Math.pow(Math.log(3) / 1.6448536269514722, 2) / 2), within(1e-9));
        assertThat(LatencyProfile.ZERO.seconds().mean()).isZero();
    }

    @Test
    void toolIsInOutageOnlyInsideItsWindows() {
        ToolAvailability a = ToolAvailability.ALWAYS
                .withOutage(new TimeWindow(Duration.ofSeconds(10), Duration.ofSeconds(60)));
        assertThat(a.inOutage(9.999)).isFalse();
        assertThat(a.inOutage(10)).isTrue();
        assertThat(a.inOutage(59.9)).isTrue();
        assertThat(a.inOutage(60)).isFalse();
        assertThat(a.outages()).hasSize(1);
        assertThat(List.of(a.rateLimit().isUnlimited())).containsExactly(true);
    }

    @Test
    void aToolsDefaultsComeFromItsOwnSettingsInTheDesign() {
        Node scholar = new Node(NodeId.of("scholar"), "Scholar", new Position(0, 0), new ToolSpec("papers", 0.95,
                Optional.of(Duration.ofMillis(1500)), OptionalInt.of(30), Optional.empty()));

        BehaviourProfile p = BehaviourProfile.defaultsFor(scholar);

        assertThat(p.availability().availability()).isEqualTo(0.95);
        assertThat(p.availability().rateLimit()).isEqualTo(new RateLimit(30, Duration.ofMinutes(1)));
        assertThat(p.latency()).isEqualTo(LatencyProfile.of(Duration.ofMillis(1500), Duration.ofMillis(4500)));
        assertThat(p.outcomes()).isEqualTo(BehaviourProfile.defaultsFor(NodeKind.TOOL).outcomes());
    }

    @Test
    void aToolWithoutLatencyOrRateLimitKeepsTheKindsDefaultsForThem() {
        Node bare = new Node(NodeId.of("bare"), "", new Position(0, 0), ToolSpec.defaults());

        BehaviourProfile p = BehaviourProfile.defaultsFor(bare);

        assertThat(p.latency()).isEqualTo(BehaviourProfile.defaultsFor(NodeKind.TOOL).latency());
        assertThat(p.availability().rateLimit().isUnlimited()).isTrue();
        assertThat(p.availability().availability()).as("the design's own figure, 1.0 by default").isEqualTo(1.0);
    }

    @Test
    void aValidatorThatVerifiesClaimsCatchesMoreFabricationsThanASchemaCheck() {
        ValidatorSpec schema = ValidatorSpec.defaults();
        ValidatorSpec claims = new ValidatorSpec(schema.invocation(), schema.confidenceThreshold(),
                List.of(ValidatorCheck.of(CheckKind.CLAIM_VERIFICATION)), schema.onReject());

        double plain = BehaviourProfile.defaultsFor(new Node(NodeId.of("v"), "", new Position(0, 0), schema))
                .detectionRate();
        double verifying = BehaviourProfile.defaultsFor(new Node(NodeId.of("v"), "", new Position(0, 0), claims))
                .detectionRate();

        assertThat(plain).isEqualTo(BehaviourProfile.defaultsFor(NodeKind.VALIDATOR).detectionRate());
        assertThat(verifying).isGreaterThan(plain).isEqualTo(0.98);
    }
}
