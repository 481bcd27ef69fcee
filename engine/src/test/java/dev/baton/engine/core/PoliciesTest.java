// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static dev.baton.engine.fixtures.DesignDsl.agent;
import static dev.baton.engine.fixtures.DesignDsl.invocation;
import static dev.baton.engine.fixtures.DesignDsl.ok;
import static dev.baton.engine.fixtures.DesignDsl.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.fixtures.Runs;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.HumanDecision;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The orchestrator's failure actions, the error registry, the store controls, the planner's criteria, cost. */
class PoliciesTest {

    private static DesignDsl twoWorkers(FailurePolicy policy, TaskPolicy task) {
        return new DesignDsl("two workers").policy(task)
                .node("start", StartSpec.defaults())
                .node("orchestrator", new OrchestratorSpec(invocation(1_000, Duration.ofSeconds(20), 1), policy, 1))
                .node("primary", agent(1_000, Duration.ofSeconds(20), 1))
                .node("backup", agent(1_000, Duration.ofSeconds(20), 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "orchestrator")
                .edge(EdgeKind.DELEGATE, "orchestrator", "primary")
                .edge(EdgeKind.DELEGATE, "orchestrator", "backup")
                .edge(EdgeKind.OUTPUT, "orchestrator", "end")
                .script("orchestrator", false, ok("{'subtasks': [{'to': 'primary'}]}", 1.0, 100, 10),
                        ok("{'done': true}", 1.0, 100, 10));
    }

    @Test
    void rerouteSendsTheFailedSubtaskToTheNextDelegateTarget() {
        Design design = twoWorkers(new FailurePolicy(FailureAction.REROUTE, FailureAction.ACCEPT_PARTIAL,
                FailureAction.REROUTE), TaskPolicy.defaults())
                .script("primary", false, reply(ReplyKind.CRASH, null, 100, 100))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.events(TraceEvent.DecisionMade.class)).anyMatch(d -> d.kind() == DecisionKind.REROUTE
                && d.detail().endsWith("re-routed to backup"));
    }

    @Test
    void acceptPartialEndsTheRunPartial() {
        Design design = twoWorkers(new FailurePolicy(FailureAction.ABORT, FailureAction.ACCEPT_PARTIAL,
                FailureAction.ABORT), TaskPolicy.defaults())
                .script("primary", false, reply(ReplyKind.PARTIAL, "{'half': 1}", 100, 100))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(run.result().reason()).isEqualTo("orchestrator orchestrator synthesized a partial result");
        assertThat(run.result().stopCause()).isEqualTo(StopCause.NONE);
    }

    @Test
    void abortNamesTheSubtaskAndItsReason() {
        Design design = twoWorkers(new FailurePolicy(FailureAction.ABORT, FailureAction.ABORT, FailureAction.ABORT),
                TaskPolicy.defaults())
                .script("primary", false, reply(ReplyKind.MALFORMED, null, 100, 100))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("subtask 0 at primary failed: primary answered with a malformed "
                + "envelope; orchestrator orchestrator aborted");
    }

    @Test
    void escalatedSubtaskRejectedByTheHumansDefaultFailsTheRun() {
        Design design = twoWorkers(new FailurePolicy(FailureAction.ESCALATE, FailureAction.ESCALATE,
                FailureAction.ESCALATE), TaskPolicy.defaults())
                .node("reviewer", new HumanSpec("reviewers", Optional.of(Duration.ofMinutes(1)), HumanDecision.REJECT))
                .edge(EdgeKind.ESCALATE, "orchestrator", "reviewer")
                .script("primary", false, reply(ReplyKind.FAILED, null, 100, 100))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.result().reason()).isEqualTo("subtask 0 at primary failed: could not do it; orchestrator "
                + "orchestrator escalated; no answer from reviewer within 1m, default reject");
        assertThat(run.result().escalations()).isEqualTo(1);
    }

    @Test
    void errorRegistryLetsOnlyOneSubtaskRetryAgainstAFailingTool() {
        DesignDsl d = new DesignDsl("registry").policy(TaskPolicy.defaults().withCircuitBreaker(Optional.empty()))
                .node("start", StartSpec.defaults())
                .node("orchestrator", new OrchestratorSpec(invocation(1_000, Duration.ofSeconds(20), 1),
                        new FailurePolicy(FailureAction.ACCEPT_PARTIAL, FailureAction.ACCEPT_PARTIAL,
                                FailureAction.ACCEPT_PARTIAL), 0))
                .node("api", new ToolSpec("", 1.0, Optional.empty(), OptionalInt.empty(), Optional.empty()))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "orchestrator")
                .edge(EdgeKind.OUTPUT, "orchestrator", "end")
                .script("api", false, reply(ReplyKind.FAILED, null, 0, 1_000));
        for (String w : new String[] {"a", "b", "c"}) {
            d.node(w, agent(1_000, Duration.ofSeconds(20), 3)).edge(EdgeKind.DELEGATE, "orchestrator", w)
                    .edge(EdgeKind.CALL, w, "api").script(w, false, ok("{'toolCalls': ['api']}", 0.9, 100, 100));
        }

        Runs run = Runs.scripted(d.build());

        // Three first attempts; then one subtask holds the retry slot (two more attempts), the others are blocked.
        assertThat(run.result().toolCalls()).isEqualTo(5);
        assertThat(run.result().retries()).isEqualTo(2);
        assertThat(run.result().retriesBlocked()).isEqualTo(2);
        assertThat(run.events(TraceEvent.DecisionMade.class)).filteredOn(e -> e.kind() == DecisionKind.RETRY_BLOCKED)
                .allMatch(e -> e.detail().contains("api is failing and subtask 0 at a is already retrying it"));
    }

    private static Design writers(ConcurrencyControl control) {
        return new DesignDsl("writers " + control).policy(TaskPolicy.defaults())
                .node("start", StartSpec.defaults())
                .node("orchestrator", new OrchestratorSpec(invocation(1_000, Duration.ofSeconds(20), 1),
                        FailurePolicy.DEFAULTS, 0))
                .node("db", new StoreSpec(control, control == ConcurrencyControl.PARTITIONED
                        ? Optional.of("region") : Optional.empty()))
                .node("w1", agent(1_000, Duration.ofSeconds(20), 1))
                .node("w2", agent(1_000, Duration.ofSeconds(20), 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "orchestrator")
                .edge(EdgeKind.DELEGATE, "orchestrator", "w1").edge(EdgeKind.DELEGATE, "orchestrator", "w2")
                .edge(EdgeKind.WRITE, "w1", "db").edge(EdgeKind.WRITE, "w2", "db")
                .edge(EdgeKind.OUTPUT, "orchestrator", "end")
                .script("w1", false, ok("{'writes': [{'store': 'db', 'key': 'r', 'value': {'region': 'north', 'a': 1}}]}",
                        0.9, 100, 100))
                .script("w2", false, ok("{'writes': [{'store': 'db', 'key': 'r', 'value': {'region': 'north', 'b': 2}}]}",
                        0.9, 100, 200))
                .build();
    }

    @Test
    void serializedStoreAppliesBothWritesOnTheCurrentRecord() {
        Runs run = Runs.scripted(writers(ConcurrencyControl.SERIALIZED));

        List<TraceEvent.StoreWritten> writes = run.events(TraceEvent.StoreWritten.class);
        assertThat(writes).extracting(TraceEvent.StoreWritten::result)
                .containsExactly(StoreWriteResult.APPLIED, StoreWriteResult.APPLIED);
        assertThat(writes.get(1).after().toString()).isEqualTo("{\"region\":\"north\",\"a\":1,\"b\":2}");
        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void partitionedStoreRejectsASecondWriterInTheSamePartition() {
        Runs run = Runs.scripted(writers(ConcurrencyControl.PARTITIONED));

        List<TraceEvent.StoreWritten> writes = run.events(TraceEvent.StoreWritten.class);
        assertThat(writes).extracting(TraceEvent.StoreWritten::result)
                .containsExactly(StoreWriteResult.APPLIED, StoreWriteResult.PARTITION_VIOLATION);
        assertThat(run.result().reason()).isEqualTo("re-plan limit 0 of orchestrator reached; subtask 1 at w2 failed: "
                + "partition north of store db belongs to w1");
    }

    @Test
    void plannerCompletesWhenConsecutiveRoundsAgree() {
        Design design = new DesignDsl("agreeing").policy(TaskPolicy.defaults())
                .node("start", StartSpec.defaults())
                .node("planner", new PlannerSpec(invocation(1_000, Duration.ofSeconds(20), 1),
                        Optional.of(new CompletionCriterion(OptionalDouble.empty(), OptionalInt.of(2))),
                        OptionalInt.of(10)))
                .node("expert", agent(1_000, Duration.ofSeconds(20), 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "planner").edge(EdgeKind.CONSULT, "planner", "expert")
                .edge(EdgeKind.OUTPUT, "planner", "end")
                .script("planner", false, ok("{'plan': 'a'}", 0.5, 100, 10), ok("{'plan': 'b'}", 0.5, 100, 10),
                        ok("{'plan': 'b'}", 0.5, 100, 10))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().reason()).isEqualTo("planner planner met its completion criterion after 2 rounds "
                + "(2 agreeing rounds)");
    }

    @Test
    void plannerWithoutCriterionStopsPartialAtMaxRounds() {
        Design design = new DesignDsl("starving").policy(TaskPolicy.defaults())
                .node("start", StartSpec.defaults())
                .node("planner", new PlannerSpec(invocation(1_000, Duration.ofSeconds(20), 1), Optional.empty(),
                        OptionalInt.of(3)))
                .node("expert", agent(1_000, Duration.ofSeconds(20), 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "planner").edge(EdgeKind.CONSULT, "planner", "expert")
                .edge(EdgeKind.OUTPUT, "planner", "end")
                .script("planner", false, ok("{'plan': 'refined again'}", 0.6, 100, 10))
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(run.result().reason()).isEqualTo("planner planner stopped at its limit of 3 rounds without meeting"
                + " its completion criterion (confidence 0.60)");
        assertThat(run.result().calls()).isEqualTo(7);
    }

    @Test
    void costCeilingStopsACallWhoseMaximumCostDoesNotFit() {
        Design design = new DesignDsl("cost").policy(TaskPolicy.defaults()
                        .withCostCeilingUsd(Optional.of(new BigDecimal("0.05"))))
                .node("start", StartSpec.defaults())
                .node("big", agent(8_000, null, 1))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "big").edge(EdgeKind.OUTPUT, "big", "end")
                .build();

        Runs run = Runs.scripted(design);

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("cost ceiling $0.05 would be exceeded by big (max $0.08, "
                + "remaining $0.05)");
        assertThat(run.result().calls()).isZero();
        assertThat(run.result().stopCause()).isEqualTo(StopCause.COST_CEILING);
    }
}
