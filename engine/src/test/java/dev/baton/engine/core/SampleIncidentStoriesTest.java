// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.TraceEvent.EnvelopeReceived;
import dev.baton.engine.fixtures.Runs;
import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.script.ScriptedReply;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.CircuitBreakerSettings;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Each incident design in {@code designs/}, run with the scripts it ships with, tells its seed story; a fixed copy
 * (the design's own description says what to fix, built here) does not.
 */
class SampleIncidentStoriesTest {

    private static Design sample(String name) throws Exception {
        return DesignFiles.load(SampleDesignsTest.DESIGNS.resolve(name + ".baton.json")).design();
    }

    private static Edge edge(String id, EdgeKind kind, String from, String to) {
        return new Edge(EdgeId.of(id), kind, NodeId.of(from), NodeId.of(to));
    }

    @Test
    void handoffLoopRunsToTheEngineCeilingAndAHopCapWithAnOwnerStopsIt() throws Exception {
        Design broken = sample("incident-handoff-loop");
        Runs loop = Runs.scripted(broken);
        assertThat(loop.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(loop.result().safetyCeiling()).isTrue();
        assertThat(loop.result().hops()).isEqualTo(200);
        assertThat(loop.result().calls()).isGreaterThan(58);
        assertThat(loop.result().reason()).contains("engine safety ceiling of 200 hops").contains("no owner");

        Design fixed = broken
                .withPolicy(broken.policy().withHopCap(OptionalInt.of(12)).withOwner(Optional.of(NodeId.of("owner"))))
                .withNode(new Node(NodeId.of("owner"), "Task owner", Position.ORIGIN, new OwnerSpec(OwnerDecision.ABORT)))
                .withoutEdge(EdgeId.of("intake-analyst"))
                .withEdge(edge("intake-owner", EdgeKind.DELEGATE, "intake", "owner"))
                .withEdge(edge("owner-analyst", EdgeKind.DELEGATE, "owner", "data-analyst"));
        Runs capped = Runs.scripted(fixed);
        assertThat(capped.result().safetyCeiling()).isFalse();
        assertThat(capped.result().stopCause()).isEqualTo(StopCause.HOP_CAP);
        assertThat(capped.result().hops()).isLessThanOrEqualTo(12);
        assertThat(capped.result().tokens()).isLessThan(loop.result().tokens() / 10);
        assertThat(capped.result().reason()).contains("hop cap 12").contains("owner");
    }

    @Test
    void retryStormMultipliesCallsUntilTheCeilingAndASharedBudgetWithABreakerStopsIt() throws Exception {
        Design broken = sample("incident-retry-storm");
        Runs storm = Runs.scripted(broken);
        assertThat(storm.result().retries()).isGreaterThanOrEqualTo(15);
        assertThat(storm.result().stopCause()).isEqualTo(StopCause.TOKEN_CEILING);

        Design fixed = broken.withPolicy(broken.policy().withSharedRetryBudget(OptionalInt.of(3))
                .withCircuitBreaker(Optional.of(new CircuitBreakerSettings(3, Duration.ofSeconds(30), 1))));
        Runs guarded = Runs.scripted(fixed);
        assertThat(guarded.result().retries()).isLessThanOrEqualTo(3);
        assertThat(guarded.result().breakerTrips() + guarded.result().retriesBlocked()).isPositive();
        // The ERP service is hit 3 times instead of 21: the breaker and the error registry stop the storm there.
        // (The orchestrator still re-plans twice before the ceiling; that costs model calls, not ERP calls.)
        assertThat(guarded.result().toolCalls()).isLessThanOrEqualTo(storm.result().toolCalls() / 5);
    }

    @Test
    void silentOverwriteLosesAnUpdateAndOptimisticControlDetectsTheConflict() throws Exception {
        Design broken = sample("incident-silent-overwrite");
        Runs overwrite = Runs.scripted(broken);
        assertThat(overwrite.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(overwrite.result().lostUpdates()).isEqualTo(1);

        Design fixed = broken.updateNode(NodeId.of("customer-record"),
                n -> n.withSpec(new StoreSpec(ConcurrencyControl.OPTIMISTIC, Optional.empty())));
        Runs checked = Runs.scripted(fixed);
        assertThat(checked.result().lostUpdates()).isZero();
        assertThat(checked.result().writeConflicts()).isPositive();
    }

    @Test
    void lostSubtaskPassesATruncatedAnswerAsDoneAndAContractWithATimeoutFailsIt() throws Exception {
        Design broken = sample("incident-lost-subtask");
        Runs lost = Runs.scripted(broken);
        assertThat(lost.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(lost.events(EnvelopeReceived.class)).noneMatch(e -> e.status() == EnvelopeStatus.FAILED);

        DataContract contract = new DataContract(List.of(new ContractField("text", FieldType.STRING, true),
                new ContractField("complete", FieldType.BOOLEAN, true)));
        Design fixed = broken;
        for (String worker : List.of("financials", "litigation", "summarizer")) {
            fixed = fixed.updateNode(NodeId.of(worker), n -> {
                AgentSpec a = (AgentSpec) n.spec();
                return n.withSpec(a.withOutputContract(Optional.of(contract))
                        .withInvocation(a.invocation().withTimeout(Optional.of(Duration.ofSeconds(60)))));
            });
        }
        // A finished worker says so; the truncated litigation answer cannot.
        fixed = fixed.withScripts(markComplete(fixed.scripts(), "financials", "summarizer"));
        Runs caught = Runs.scripted(fixed);
        assertThat(caught.events(EnvelopeReceived.class)).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo(NodeId.of("litigation"));
            assertThat(e.status()).isEqualTo(EnvelopeStatus.FAILED);
            assertThat(e.reason()).contains("complete");
        });
        assertThat(caught.result().outcome()).isNotEqualTo(Outcome.COMPLETED);
    }

    @Test
    void contextRotDropsTheHardConstraintAndTypedConstraintsKeepIt() throws Exception {
        Design broken = sample("incident-context-rot");
        Runs rot = Runs.scripted(broken);
        assertThat(rot.result().constraintsLost()).isPositive();
        assertThat(rot.events(TraceEvent.ConstraintLost.class)).isNotEmpty();

        List<Edge> typed = new ArrayList<>();
        for (Edge e : broken.edges()) {
            typed.add(e.withConstraintPassing(ConstraintPassing.TYPED));
        }
        Runs kept = Runs.scripted(broken.withEdges(typed));
        assertThat(kept.result().constraintsLost()).isZero();
        assertThat(kept.events(TraceEvent.ConstraintLost.class)).isEmpty();
    }

    @Test
    void compoundingHallucinationReachesTheReportUnverifiedAndAClaimCheckStopsIt() throws Exception {
        Design broken = sample("incident-compounding-hallucination");
        Runs chain = Runs.scripted(broken);
        assertThat(chain.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(chain.result().validated()).isFalse();
        assertThat(chain.result().trust()).isEqualTo(TrustLabel.AGENT_UNVERIFIED);
        assertThat(String.valueOf(chain.result().result())).contains("7.3x");

        ValidatorSpec claimCheck = new ValidatorSpec(Invocation.DEFAULTS.withTokenBudget(OptionalLong.of(4000))
                .withTimeout(Optional.of(Duration.ofSeconds(60))), OptionalDouble.of(0.8),
                List.of(new ValidatorCheck(CheckKind.CLAIM_VERIFICATION, "every statistic resolves to a source")),
                RejectAction.ABORT);
        Design fixed = broken
                .withNode(new Node(NodeId.of("claim-check"), "Claim check", Position.ORIGIN, claimCheck))
                .withoutEdge(EdgeId.of("report-out"))
                .withEdge(edge("report-check", EdgeKind.VALIDATE, "report-writer", "claim-check"))
                .withEdge(edge("check-report", EdgeKind.OUTPUT, "claim-check", "report"));
        Map<NodeId, NodeScript> scripts = new LinkedHashMap<>(fixed.scripts().nodes());
        scripts.put(NodeId.of("claim-check"), new NodeScript(List.of(new ScriptedReply(ReplyKind.FAILED, null, 0.0,
                "the 7.3x figure cites a survey that does not exist", 900, 80, Duration.ofMillis(200),
                Optional.empty())), false));
        Runs verified = Runs.scripted(fixed.withScripts(new ScriptSet(fixed.scripts().exampleInput(), scripts)));
        assertThat(verified.result().outcome()).isNotEqualTo(Outcome.COMPLETED);
        assertThat(verified.result().reason()).contains("claim-check");
    }

    private static ScriptSet markComplete(ScriptSet scripts, String... nodes) {
        Map<NodeId, NodeScript> copy = new LinkedHashMap<>(scripts.nodes());
        for (String id : nodes) {
            NodeScript s = copy.get(NodeId.of(id));
            List<ScriptedReply> replies = new ArrayList<>();
            for (ScriptedReply r : s.replies()) {
                ObjectNode result = r.result().isObject() ? ((ObjectNode) r.result()).deepCopy()
                        : JsonNodeFactory.instance.objectNode();
                result.put("complete", true);
                replies.add(new ScriptedReply(r.kind(), result, r.confidence(), r.reason(), r.inputTokens(),
                        r.outputTokens(), r.latency(), r.target()));
            }
            copy.put(NodeId.of(id), new NodeScript(replies, s.cycle()));
        }
        return new ScriptSet(scripts.exampleInput(), copy);
    }

}
