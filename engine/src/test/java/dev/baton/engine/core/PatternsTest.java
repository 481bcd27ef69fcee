// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static dev.baton.engine.fixtures.DesignDsl.agent;
import static dev.baton.engine.fixtures.DesignDsl.handoff;
import static dev.baton.engine.fixtures.DesignDsl.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.StartSpec;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The three patterns with scripted agents, and the reasons a person reads when a guard stops a run. */
class PatternsTest {

    @Test
    void orchestratorDelegatesToEveryWorkerThenSynthesizesAndTheValidatorVerifies() {
        Runs run = Runs.scripted(TestDesigns.researchPipeline());

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().reason()).isEqualTo("orchestrator orchestrator synthesized the result of 3 subtasks;"
                + " validated");
        assertThat(run.result().trust()).isEqualTo(TrustLabel.AGENT_VERIFIED);
        // plan, three workers, the writer again after its conflict, synthesis, validator; one search call
        assertThat(run.result().calls()).isEqualTo(7);
        assertThat(run.result().toolCalls()).isEqualTo(1);
        // Two writers on an optimistic store: the later one conflicts, re-reads (retry) and writes again.
        assertThat(run.result().writeConflicts()).isEqualTo(1);
    }

    @Test
    void handoffChainEndsAtTheAgentThatAnswers() {
        Runs run = Runs.scripted(TestDesigns.supportHandoff());

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().reason()).isEqualTo("agent tech completed the task after 3 hops");
        assertThat(run.result().hops()).isEqualTo(3);
    }

    @Test
    void plannerConsultsRoundByRoundUntilItsCompletionCriterion() {
        Runs run = Runs.scripted(TestDesigns.adaptivePlanner());

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().reason()).isEqualTo("planner planner met its completion criterion after 2 rounds "
                + "(confidence 0.85 >= 0.80); validated");
        // three reviews, two rounds of two consults, one validation
        assertThat(run.result().calls()).isEqualTo(8);
    }

    @Test
    void hopCapReturnsControlToTheOwnerWhoEscalatesAndTheHumanDefaultApplies() {
        Design loop = new DesignDsl("support loop")
                .policy(TaskPolicy.defaults().withWallClockTimeout(java.util.Optional.of(Duration.ofHours(1))))
                .node("start", StartSpec.defaults())
                .node("owner", new dev.baton.model.spec.OwnerSpec(dev.baton.model.spec.OwnerDecision.ESCALATE))
                .node("triage", agent(1_000, Duration.ofSeconds(20), 1))
                .node("billing-agent", agent(1_000, Duration.ofSeconds(20), 1))
                .node("leads", new dev.baton.model.spec.HumanSpec("leads", java.util.Optional.of(Duration.ofMinutes(30)),
                        dev.baton.model.spec.HumanDecision.APPROVE))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "owner").edge(EdgeKind.DELEGATE, "owner", "triage")
                .edge(EdgeKind.HANDOFF, "triage", "billing-agent").edge(EdgeKind.HANDOFF, "billing-agent", "triage")
                .edge(EdgeKind.ESCALATE, "owner", "leads").edge(EdgeKind.OUTPUT, "triage", "end")
                .script("triage", false, handoff("billing-agent", null, 100, 1_000))
                .script("billing-agent", false, handoff("triage", null, 100, 1_000))
                .build();

        Runs run = Runs.scripted(loop);

        assertThat(run.result().outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(run.result().reason()).isEqualTo("hop cap 12 reached at billing-agent; owner owner escalated; "
                + "no answer from leads within 30m, default approve");
        assertThat(run.result().calls()).isEqualTo(12);
        assertThat(run.result().endTime()).isEqualTo(Duration.ofSeconds(12).plusMinutes(30).toNanos());
        assertThat(run.result().stopCause()).isEqualTo(StopCause.HOP_CAP);
    }

    @Test
    void callStartsOnlyIfItsMaximumFitsInWhatRemainsOfTheTokenCeiling() {
        Design design = new DesignDsl("budget").policy(TaskPolicy.defaults().withTokenCeiling(OptionalLong.of(50_000)))
                .node("start", StartSpec.defaults())
                .node("intake-agent", agent(46_900, null, 1))
                .node("research-agent", agent(8_000, null, 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "intake-agent")
                .edge(EdgeKind.HANDOFF, "intake-agent", "research-agent")
                .edge(EdgeKind.OUTPUT, "research-agent", "end")
                .script("intake-agent", false, handoff("research-agent", null, 46_900, 100))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("token ceiling 50,000 would be exceeded by research-agent "
                + "(max 8,000, remaining 3,100)");
        assertThat(run.result().stopCause()).isEqualTo(StopCause.TOKEN_CEILING);
        assertThat(run.result().tokens()).isEqualTo(46_900);
    }

    @Test
    void answerOverItsTokenBudgetIsChargedOnlyTheMaximumAndFails() {
        Design design = new DesignDsl("over budget").policy(TaskPolicy.defaults())
                .node("start", StartSpec.defaults())
                .node("writer", agent(1_000, null, 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "writer").edge(EdgeKind.OUTPUT, "writer", "end")
                .script("writer", false, ok("{'text': 'long'}", 0.9, 1_500, 100))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.result().reason()).isEqualTo("writer failed: writer used 1,500 tokens, more than its budget "
                + "of 1,000 (answer truncated); no owner to decide");
        assertThat(run.result().tokens()).isEqualTo(1_000);
    }

    @Test
    void dynamicHandoffChainOfTwelveFitsCapSixteenAndBreaksCapEleven() {
        assertThat(Runs.scripted(chain(16)).result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(Runs.scripted(chain(16)).result().hops()).isEqualTo(12);

        Runs capped = Runs.scripted(chain(11));
        assertThat(capped.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(capped.result().reason()).isEqualTo("hop cap 11 reached at agent_10; no owner to return control "
                + "to, run aborted");
    }

    private static Design chain(int cap) {
        DesignDsl d = new DesignDsl("chain").policy(TaskPolicy.defaults().withHopCap(OptionalInt.of(cap)))
                .node("start", StartSpec.defaults()).node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "agent_0");
        for (int i = 0; i < 12; i++) {
            d.node("agent_" + i, agent(100, null, 1));
            if (i < 11) {
                d.edge(EdgeKind.HANDOFF, "agent_" + i, "agent_" + (i + 1))
                        .script("agent_" + i, false, handoff("agent_" + (i + 1), null, 10, 0));
            }
        }
        return d.edge(EdgeKind.OUTPUT, "agent_11", "end").build();
    }
}
