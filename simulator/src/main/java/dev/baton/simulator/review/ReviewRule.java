// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static dev.baton.simulator.review.MastMode.FM_1_1;
import static dev.baton.simulator.review.MastMode.FM_1_2;
import static dev.baton.simulator.review.MastMode.FM_1_3;
import static dev.baton.simulator.review.MastMode.FM_1_4;
import static dev.baton.simulator.review.MastMode.FM_1_5;
import static dev.baton.simulator.review.MastMode.FM_2_2;
import static dev.baton.simulator.review.MastMode.FM_2_3;
import static dev.baton.simulator.review.MastMode.FM_2_4;
import static dev.baton.simulator.review.MastMode.FM_2_5;
import static dev.baton.simulator.review.MastMode.FM_3_1;
import static dev.baton.simulator.review.MastMode.FM_3_2;
import static dev.baton.simulator.review.MastMode.FM_3_3;
import static dev.baton.simulator.review.RuleCategory.CHECKLIST;
import static dev.baton.simulator.review.RuleCategory.GRAPH;
import static dev.baton.simulator.review.RuleCategory.MITIGATION;

import java.util.List;

/**
 * The catalogue of review rules. Ids are stable: reports, accepted risks and CI history refer to them, so a rule
 * is never renumbered; a retired rule keeps its id unused. The "why" of each rule quotes the seed article that
 * describes the failure it prevents. {@code docs/review.md} lists the same table.
 */
public enum ReviewRule {
    TOKEN_BUDGET("BTN-C01", CHECKLIST, "Every agent has a hard token budget per task invocation",
            "\"Token budget at intake, not at failure. Set a hard spend ceiling per task before the orchestrator "
                    + "touches it. Not a soft warning — a hard kill.\" Without it a runaway session burns "
                    + "\"roughly $4,000 in a single runaway session\".",
            FM_1_3, FM_1_5),
    HOP_CAP("BTN-C02", CHECKLIST, "Global hop counter with hard cap (suggest: 12)",
            "\"The exact same string ... copied into 58 consecutive tool calls, each one invoking the next agent "
                    + "downstream, which invoked the next, which looped back.\" A global hop counter, hard-capped, "
                    + "stops the loop.",
            FM_1_3, FM_1_5),
    WALL_CLOCK_TIMEOUT("BTN-C03", CHECKLIST, "Wall-clock timeout on the entire pipeline",
            "\"The system worked in testing because testers knew when to stop watching. In production, nobody "
                    + "was watching.\" A deadline for the whole run ends it when nobody does.",
            FM_1_5),
    TASK_OWNER("BTN-C04", CHECKLIST, "Task ownership is explicit — one agent is accountable for completion",
            "\"Without ownership, every agent can rationally disown it.\" One owner on every path decides "
                    + "\"complete with partial result, escalate to human, or abort\" — \"no agent is ever allowed "
                    + "to 'pass and forget.'\"",
            FM_1_2, FM_1_5, FM_2_3),
    STATUS_ENVELOPES("BTN-C05", CHECKLIST, "Workers return typed status envelopes, not freeform text",
            "\"The orchestrator can't be a competent coordinator if workers return freeform text. Typed envelopes "
                    + "make partial success visible, not silent.\"",
            FM_2_4, FM_3_1),
    REPLAN("BTN-C06", CHECKLIST, "Orchestrator has re-plan logic, not just retry logic",
            "\"The orchestrator's plan is a snapshot from t=0. If Worker B fails at t=15, nothing re-routes.\" "
                    + "The orchestrator \"must have explicit re-plan logic — not a retry, a re-plan.\"",
            FM_1_3, FM_2_3),
    RESULT_VALIDATOR("BTN-C07", CHECKLIST, "Result validator gates output with a confidence threshold",
            "\"When confidence drops below a threshold, something needs to notice. The validator is the last gate "
                    + "before the output leaves the system.\"",
            FM_3_2, FM_3_3),
    HUMAN_ESCALATION("BTN-C08", CHECKLIST, "Human escalation path exists and is tested",
            "The validator \"is also where you inject your human-in-the-loop hook\"; an escalation path that was "
                    + "never exercised is a hook nobody knows works.",
            FM_2_2, FM_3_2),
    TERMINATION("BTN-C09", CHECKLIST, "Termination criteria specified before the first line of orchestration code",
            "\"The model was working perfectly. The orchestration had no termination condition.\" Every cycle "
                    + "needs a finish line: \"There is no finish line, so there is no finish.\"",
            FM_1_5, FM_1_3),
    LOAD_TESTED("BTN-C10", CHECKLIST, "Load-tested with deliberate worker failures injected",
            "\"73% of enterprises ... encountered unexpected agent behaviors in production that didn't show up in "
                    + "testing.\" Treat the design with \"skepticism toward 'it worked in staging.'\"",
            FM_3_1, FM_3_2),

    PROSE_CONSTRAINTS("BTN-M01", MITIGATION, "Constraints travel as prose instead of typed fields",
            "\"That compression has silently dropped the constraint that would have prevented the wrong action.\" "
                    + "A constraint \"should arrive as a typed field in a structured message, not as a sentence in "
                    + "a summary\".",
            FM_1_1, FM_1_4),
    UNCONTROLLED_WRITES("BTN-M02", MITIGATION, "Parallel writers to one store without concurrency control",
            "\"One update overwrites the other. The system proceeds as if both operations succeeded. Neither agent "
                    + "knows the other's write was lost.\"",
            FM_2_5, FM_3_2),
    RETRY_STORM("BTN-M03", MITIGATION, "Per-agent retries on a shared dependency without a shared budget or breaker",
            "\"Without global circuit breakers and cross-agent retry budgets, this is a cost explosion waiting for "
                    + "a trigger.\" Teams saw sessions \"consuming 50–100x their expected token budget\".",
            FM_1_3, FM_1_5),
    UNVERIFIED_HIGH_STAKES("BTN-M04", MITIGATION, "High-stakes agent output travels on without verification",
            "\"The final output contains a confident, well-cited falsehood that no single agent would have "
                    + "produced in isolation.\" High-stakes pipelines need \"a dedicated verification agent\".",
            FM_3_2, FM_3_3),
    UNGUARDED_DELEGATION("BTN-M05", MITIGATION, "Delegation without a timeout or an output contract",
            "Lost work is \"silently treat[ed] as complete\". \"Every subtask delegation should have a timeout and "
                    + "an expected output schema.\"",
            FM_3_1, FM_2_4),
    TRACING_OFF("BTN-M06", MITIGATION, "Message-level tracing is switched off",
            "\"Without this, debugging multi-agent failures is archaeology — you have the artifact but no record "
                    + "of how it was made.\"",
            FM_3_2),
    STATE_DIFFS_OFF("BTN-M07", MITIGATION, "State-diff logging of store writes is switched off",
            "State diffs make \"write conflicts immediately visible and provide an audit trail for state corruption "
                    + "that would otherwise be impossible to reconstruct after the fact.\"",
            FM_2_5, FM_3_2),
    NO_EVALUATION_SAMPLE("BTN-M08", MITIGATION, "No end-to-end evaluation sample",
            "Compound errors \"only appear when you evaluate the end-to-end output against ground truth\"; "
                    + "\"regular sampling ... even at low frequency — catches the compound failures\".",
            FM_3_2, FM_3_3),

    UNREACHABLE_NODE("BTN-G01", GRAPH, "Nodes the task can never reach",
            "Work that never runs \"only surface[s] later, often in a different part of the system that expects "
                    + "results the orphaned subtask was supposed to produce.\"",
            FM_1_1, FM_2_4),
    DEAD_END("BTN-G02", GRAPH, "Dead ends: control arrives and has no way to the output",
            "A task that stops without an explicit outcome is \"lost work that the orchestrator silently treats as "
                    + "complete\".",
            FM_3_1, FM_2_4),
    HANDOFF_CYCLE_NO_EXIT("BTN-G03", GRAPH, "Handoff cycle without an exit",
            "\"Every agent is individually rational: 'this isn't my domain, I'll hand it off.' ... The system as a "
                    + "whole loops indefinitely.\"",
            FM_1_3, FM_1_5),
    UNBOUNDED_PLANNER("BTN-G04", GRAPH, "Planner without a completion criterion or max rounds",
            "\"The manager keeps refining the plan because no completion criterion was ever specified ... There is "
                    + "no finish line, so there is no finish.\"",
            FM_1_5, FM_1_3),
    MISSING_START_OR_END("BTN-G05", GRAPH, "No intake or no result node",
            "A design without a start has nothing to run, and one without an end has \"no finish line, so there is "
                    + "no finish\".",
            FM_1_5);

    private final String id;
    private final RuleCategory category;
    private final String title;
    private final String why;
    private final List<MastMode> mast;

    ReviewRule(String id, RuleCategory category, String title, String why, MastMode... mast) {
        this.id = id;
        this.category = category;
        this.title = title;
        this.why = why;
        this.mast = List.of(mast);
    }

    /** The stable id, {@code BTN-C01}. */
    public String id() {
        return id;
    }

    public RuleCategory category() {
        return category;
    }

    /** What the rule checks, in a few words (for checklist items, the checklist line itself). */
    public String title() {
        return title;
    }

    /** Why it matters: one or two sentences quoting the failure the rule prevents. */
    public String why() {
        return why;
    }

    /** The MAST failure modes the rule guards against. */
    public List<MastMode> mast() {
        return mast;
    }

    /** The ten checklist items, in checklist order. */
    public static List<ReviewRule> checklist() {
        return List.of(TOKEN_BUDGET, HOP_CAP, WALL_CLOCK_TIMEOUT, TASK_OWNER, STATUS_ENVELOPES, REPLAN,
                RESULT_VALIDATOR, HUMAN_ESCALATION, TERMINATION, LOAD_TESTED);
    }

    /** The rule with {@code id} ({@code BTN-M03}, any case). */
    public static ReviewRule fromId(String id) {
        for (ReviewRule r : values()) {
            if (r.id.equalsIgnoreCase(id.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown review rule \"" + id + "\" (expected an id such as BTN-C01, "
                + "BTN-M03 or BTN-G02; see docs/review.md)");
    }
}
