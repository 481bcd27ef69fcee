// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static dev.baton.model.EdgeKind.CALL;
import static dev.baton.model.EdgeKind.CONSULT;
import static dev.baton.model.EdgeKind.DELEGATE;
import static dev.baton.model.EdgeKind.ESCALATE;
import static dev.baton.model.EdgeKind.HANDOFF;
import static dev.baton.model.EdgeKind.OUTPUT;
import static dev.baton.model.EdgeKind.READ;
import static dev.baton.model.EdgeKind.VALIDATE;
import static dev.baton.model.EdgeKind.WRITE;
import static dev.baton.simulator.review.DesignBuilder.orchestrator;
import static dev.baton.simulator.review.DesignBuilder.planner;
import static dev.baton.simulator.review.DesignBuilder.validator;
import static dev.baton.simulator.review.DesignBuilder.worker;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.message.Constraint;
import dev.baton.model.policy.Observability;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.policy.TerminationCriteria;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorCheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The three patterns of the seed done right, and the incidents of both seeds, as test fixtures. Each incident is a
 * right design with exactly what its story breaks broken.
 */
final class SampleDesigns {
    static final Constraint NO_PROD = new Constraint("no-prod-writes", "never modify files in the /prod directory",
            true);

    private SampleDesigns() {}

    static TaskPolicy guardedPolicy(String owner) {
        return TaskPolicy.defaults().withOwner(Optional.of(NodeId.of(owner))).withConstraints(List.of(NO_PROD));
    }

    /** Orchestrator-worker done right. */
    static Design researchPipeline() {
        return researchPipeline(guardedPolicy("orchestrator"), worker("researcher"), worker("analyst").withHighStakes(true),
                ConcurrencyControl.OPTIMISTIC, orchestrator());
    }

    private static Design researchPipeline(TaskPolicy policy, AgentSpec researcher, AgentSpec analyst,
            ConcurrencyControl notes, dev.baton.model.spec.OrchestratorSpec orchestrator) {
        return new DesignBuilder("research-pipeline", policy)
                .node("start", StartSpec.defaults())
                .node("orchestrator", orchestrator)
                .node("researcher", researcher)
                .node("analyst", analyst)
                .node("search", ToolSpec.defaults())
                .node("notes", new StoreSpec(notes, Optional.empty()))
                .node("fact-check", validator())
                .node("result-check", validator())
                .node("reviewer", HumanSpec.defaults())
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "orchestrator")
                .edge(DELEGATE, "orchestrator", "researcher")
                .edge(DELEGATE, "orchestrator", "analyst")
                .edge(CALL, "researcher", "search")
                .edge(CALL, "analyst", "search")
                .edge(WRITE, "researcher", "notes")
                .edge(WRITE, "analyst", "notes")
                .edge(READ, "analyst", "notes")
                .edge(VALIDATE, "analyst", "fact-check")
                .edge(VALIDATE, "orchestrator", "result-check")
                .edge(OUTPUT, "result-check", "end")
                .edge(ESCALATE, "result-check", "reviewer")
                .build();
    }

    /** Dynamic handoff done right: an owner takes the task, a hop cap bounds the billing/tech cycle. */
    static Design supportHandoff() {
        return supportHandoff(guardedPolicy("owner"), true);
    }

    private static Design supportHandoff(TaskPolicy policy, boolean withOwner) {
        DesignBuilder b = new DesignBuilder("support-handoff", policy).node("start", StartSpec.defaults());
        if (withOwner) {
            b.node("owner", OwnerSpec.defaults());
        }
        b.node("triage", worker("triage"))
                .node("billing", worker("billing"))
                .node("tech", worker("tech support"))
                .node("answer-check", validator())
                .node("support-lead", HumanSpec.defaults())
                .node("end", EndSpec.defaults());
        if (withOwner) {
            b.edge(DELEGATE, "start", "owner").edge(DELEGATE, "owner", "triage").edge(ESCALATE, "owner", "support-lead");
        } else {
            b.edge(DELEGATE, "start", "triage");
        }
        return b.edge(HANDOFF, "triage", "billing")
                .edge(HANDOFF, "triage", "tech")
                .edge(HANDOFF, "billing", "tech")
                .edge(HANDOFF, "tech", "billing")
                .edge(VALIDATE, "billing", "answer-check")
                .edge(VALIDATE, "tech", "answer-check")
                .edge(OUTPUT, "answer-check", "end")
                .edge(ESCALATE, "answer-check", "support-lead")
                .build();
    }

    /** Adaptive planning done right: the planner stops at confidence 0.8 or after 5 rounds. */
    static Design adaptivePlanning() {
        return new DesignBuilder("adaptive-planning", guardedPolicy("planner"))
                .node("start", StartSpec.defaults())
                .node("planner", planner())
                .node("market", worker("market analyst"))
                .node("engineering", worker("engineering lead"))
                .node("plan-check", validator())
                .node("approver", HumanSpec.defaults())
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "planner")
                .edge(CONSULT, "planner", "market")
                .edge(CONSULT, "planner", "engineering")
                .edge(VALIDATE, "planner", "plan-check")
                .edge(OUTPUT, "plan-check", "end")
                .edge(ESCALATE, "plan-check", "approver")
                .build();
    }

    /** The Toqan incident: handoffs with no owner, no hop cap and no termination condition. */
    static Design incidentHandoffLoop() {
        TaskPolicy policy = TaskPolicy.defaults().withHopCap(OptionalInt.empty())
                .withTermination(TerminationCriteria.UNSET).withConstraints(List.of(NO_PROD));
        return supportHandoff(policy, false).withName("incident-handoff-loop");
    }

    /** Runaway retries: two agents retry a shared search tool with no shared budget, no breaker, no ceiling. */
    static Design incidentRetryStorm() {
        TaskPolicy policy = guardedPolicy("orchestrator").withSharedRetryBudget(OptionalInt.empty())
                .withCircuitBreaker(Optional.empty()).withTokenCeiling(OptionalLong.empty())
                .withCostCeilingUsd(Optional.empty());
        Invocation retrying = DesignBuilder.GUARDED.withRetry(new RetryPolicy(4, Duration.ofSeconds(1), 2.0));
        return researchPipeline(policy, worker("researcher").withInvocation(retrying),
                worker("analyst").withHighStakes(true).withInvocation(retrying), ConcurrencyControl.OPTIMISTIC,
                orchestrator()).withName("incident-retry-storm");
    }

    /** Conflicting writes: two parallel agents write one store with no concurrency control. */
    static Design incidentSilentOverwrite() {
        return researchPipeline(guardedPolicy("orchestrator"), worker("researcher"),
                worker("analyst").withHighStakes(true), ConcurrencyControl.NONE, orchestrator())
                .withName("incident-silent-overwrite");
    }

    /** Orphaned subtasks: no timeouts, no envelopes, and an orchestrator that only retries. */
    static Design incidentLostSubtask() {
        Invocation unguarded = DesignBuilder.GUARDED.withTimeout(Optional.empty());
        AgentSpec researcher = new AgentSpec("researcher", unguarded, Optional.empty(), false);
        AgentSpec analyst = new AgentSpec("analyst", unguarded, Optional.empty(), true);
        var retryOnly = orchestrator().withFailurePolicy(new FailurePolicy(FailureAction.RETRY,
                FailureAction.ACCEPT_PARTIAL, FailureAction.RETRY)).withMaxReplans(0);
        return researchPipeline(guardedPolicy("orchestrator"), researcher, analyst, ConcurrencyControl.OPTIMISTIC,
                retryOnly).withName("incident-lost-subtask");
    }

    /** Context rot: the /prod constraint travels as prose through research, synthesis and action. */
    static Design incidentContextRot() {
        return new DesignBuilder("incident-context-rot", guardedPolicy("orchestrator"))
                .node("start", StartSpec.defaults())
                .node("orchestrator", orchestrator())
                .node("researcher", worker("researcher"))
                .node("synthesizer", worker("synthesizer"))
                .node("actor", worker("action agent"))
                .node("files", StoreSpec.defaults())
                .node("result-check", validator())
                .node("reviewer", HumanSpec.defaults())
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "orchestrator")
                .proseEdge(DELEGATE, "orchestrator", "researcher")
                .proseEdge(HANDOFF, "researcher", "synthesizer")
                .proseEdge(HANDOFF, "synthesizer", "actor")
                .edge(WRITE, "actor", "files")
                .edge(VALIDATE, "actor", "result-check")
                .edge(VALIDATE, "orchestrator", "result-check")
                .edge(OUTPUT, "result-check", "end")
                .edge(ESCALATE, "result-check", "reviewer")
                .build();
    }

    /** Trust collapse: high-stakes claims travel researcher to synthesizer to reporter unverified; no eval sample. */
    static Design incidentCompoundingHallucination() {
        TaskPolicy policy = guardedPolicy("orchestrator").withObservability(new Observability(true, true, 0.0));
        var schemaOnly = validator().withChecks(List.of(ValidatorCheck.of(CheckKind.SCHEMA)));
        return new DesignBuilder("incident-compounding-hallucination", policy)
                .node("start", StartSpec.defaults())
                .node("orchestrator", orchestrator())
                .node("researcher", worker("researcher").withHighStakes(true))
                .node("synthesizer", worker("synthesizer").withHighStakes(true))
                .node("reporter", worker("reporter"))
                .node("result-check", schemaOnly)
                .node("reviewer", HumanSpec.defaults())
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "orchestrator")
                .edge(DELEGATE, "orchestrator", "researcher")
                .edge(HANDOFF, "researcher", "synthesizer")
                .edge(HANDOFF, "synthesizer", "reporter")
                .edge(VALIDATE, "reporter", "result-check")
                .edge(OUTPUT, "result-check", "end")
                .edge(ESCALATE, "result-check", "reviewer")
                .build();
    }

    /** Everything the review can complain about at once: a demo, not a system. */
    static Design unguardedDemo() {
        return new DesignBuilder("unguarded-demo", TaskPolicy.UNSET.withObservability(new Observability(false, false, 0)))
                .node("start", StartSpec.defaults())
                .node("lead", dev.baton.model.spec.OrchestratorSpec.defaults()
                        .withFailurePolicy(new FailurePolicy(FailureAction.RETRY, FailureAction.RETRY,
                                FailureAction.RETRY)))
                .node("a", AgentSpec.defaults().withInvocation(dev.baton.model.spec.Invocation.DEFAULTS
                        .withRetry(new RetryPolicy(3, Duration.ofSeconds(1), 1.0))))
                .node("b", AgentSpec.defaults().withHighStakes(true))
                .node("c", AgentSpec.defaults())
                .node("loner", AgentSpec.defaults())
                .node("stuck", AgentSpec.defaults())
                .node("dreamer", new PlannerSpec(dev.baton.model.spec.Invocation.DEFAULTS, Optional.empty(),
                        OptionalInt.empty()))
                .node("api", ToolSpec.defaults())
                .node("db", new StoreSpec(ConcurrencyControl.NONE, Optional.empty()))
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "lead")
                .edge(DELEGATE, "lead", "a")
                .edge(DELEGATE, "lead", "dreamer")
                .edge(HANDOFF, "a", "b")
                .edge(HANDOFF, "b", "c")
                .edge(HANDOFF, "c", "b")
                .edge(HANDOFF, "a", "stuck")
                .edge(CALL, "a", "api")
                .edge(CALL, "b", "api")
                .edge(WRITE, "a", "db")
                .edge(WRITE, "c", "db")
                .edge(OUTPUT, "lead", "end")
                .build();
    }
}
