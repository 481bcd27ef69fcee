// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.OrchestratorSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The decisions of the three patterns: the orchestrator's plan, failure policy, re-plan and synthesis; the
 * planner's rounds and completion criterion; the handoff chain with its hop cap and owner. Every path ends a
 * subtask with an explicit envelope and the run with exactly one outcome.
 */
final class Coordination {
    private final RunState s;
    private final RunPlan plan;
    final PlannerRounds planner;
    final Endings endings;
    final HandoffChain chain;
    final SubtaskFailures failures;
    /** The orchestrator or planner that owns the task; null for a handoff design. */
    NodePlan coordinator;
    List<Constraint> typed = List.of();
    List<Constraint> prose = List.of();
    private CallPurpose pendingPurpose;
    private List<SubtaskOutcome> pendingOutcomes = List.of();
    private int attempt = 1;
    private boolean busy;
    private long taskSpan;
    int roundStart;
    int open;
    int rounds;
    boolean anyPartial;
    int pendingEscalations;
    /** Subtasks replaced by a re-plan; the others are the settled ones the synthesis reports. */
    private int supersededCount;
    private NodeId lastTargetId;
    private NodePlan lastTarget;

    Coordination(RunState s) {
        this.s = s;
        this.plan = s.plan;
        this.planner = new PlannerRounds(s, this);
        this.endings = new Endings(s, this);
        this.chain = new HandoffChain(s, this);
        this.failures = new SubtaskFailures(s, this);
    }

    void begin(NodePlan entry, List<Constraint> typedIn, List<Constraint> proseIn) {
        coordinator = entry;
        typed = typedIn;
        prose = proseIn;
        call(entry.kind == NodeKind.ORCHESTRATOR ? CallPurpose.PLAN : CallPurpose.REVIEW, List.of());
    }

    private void call(CallPurpose purpose, List<SubtaskOutcome> outcomes) {
        pendingPurpose = purpose;
        pendingOutcomes = outcomes;
        busy = true;
        boolean first = s.calls.isEmpty();
        Call c = s.invoke(coordinator, purpose, null, first ? plan.start : coordinator, s.input, typed, prose,
                TrustLabel.HUMAN, attempt, first ? 0 : taskSpan, outcomes);
        if (first && c != null) {
            taskSpan = c.span;
        }
    }

    void recallCoordinator() {
        call(pendingPurpose, pendingOutcomes);
    }

    void coordinatorReplied(Call c, AgentReply reply, EnvelopeStatus status, FailureKind failure, String reason) {
        busy = false;
        if (failure != FailureKind.NONE) {
            coordinatorFailed(reason, reply);
            return;
        }
        attempt = 1;
        if (c.purpose == CallPurpose.REVIEW) {
            planner.reviewed(c, reply, status);
            return;
        }
        if (c.purpose == CallPurpose.SYNTHESIZE) {
            boolean partial = anyPartial || status == EnvelopeStatus.PARTIAL;
            endings.finalResult(coordinator, null, c, reply.result(), reply.confidence(), partial,
                    partial ? "orchestrator " + coordinator.id + " synthesized a partial result"
                            : coordinator.synthesizedReason(countSettled()));
            return;
        }
        List<Constraint> carried = TaskRun.concat(typed, s.carried(prose, reply.restatedConstraints(), c.span,
                coordinator, null));
        List<SubtaskRequest> requests = reply.subtasks();
        if (requests != null) {
            for (SubtaskRequest r : requests) {
                NodePlan target = target(r.to());
                if (target == null || NodePlan.find(coordinator.delegates, target.index) < 0) {
                    coordinatorFailed("orchestrator " + coordinator.id + " planned a subtask for " + r.to()
                            + ", which is not one of its delegate targets");
                    return;
                }
            }
        }
        if (c.purpose == CallPurpose.REPLAN) {
            List<Subtask> failed = new ArrayList<>();
            for (int i = roundStart; i < s.subtasks.size(); i++) {
                Subtask st = s.subtasks.get(i);
                if (st.needsReplan && !st.superseded) {
                    st.superseded = true;
                    supersededCount++;
                    failed.add(st);
                }
            }
            if (requests == null) {
                for (Subtask st : failed) {
                    delegate(st.origin, st.origin == st.at && st.input != s.input ? st.input : null, carried, c.span);
                }
            }
        } else if (requests == null) {
            int[] targets = coordinator.delegates;
            for (int e = 0; e < targets.length; e++) {
                delegate(plan.nodes[targets[e]], e, null, carried, c.span);
            }
        }
        if (requests != null) {
            for (SubtaskRequest r : requests) {
                delegate(target(r.to()), r.input(), carried, c.span);
            }
        }
        advance();
    }

    void coordinatorFailed(String reason) {
        coordinatorFailed(reason, null);
    }

    /** The coordinator's call failed; {@code reply} (may be null) may ask to wait longer before a retry. */
    void coordinatorFailed(String reason, AgentReply reply) {
        long backoff = coordinator.retry.delayBefore(attempt + 1).toNanos();
        String late = attempt < coordinator.retry.maxAttempts() ? s.retrying.retryDoesNotFit(backoff, reply) : null;
        if (late != null) {
            reason = reason + late;
        } else if (attempt < coordinator.retry.maxAttempts() && s.retrying.drawRetry()) {
            attempt++;
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, coordinator.id, DecisionKind.RETRY, taskSpan,
                    "attempt " + attempt + " after: " + reason));
            busy = true;
            long delay = Retries.retryDelay(backoff, reply);
            if (delay <= 0) {
                recallCoordinator();
            } else {
                s.startTimer(Timer.Kind.COORDINATOR_RETRY, null, s.now + delay);
            }
            return;
        }
        s.finish(Outcome.FAILED, coordinator.kind.jsonName() + " " + coordinator.id + " failed to "
                + verb(pendingPurpose) + ": " + reason, null, TrustLabel.AGENT_UNVERIFIED, false, false);
    }

    private static String verb(CallPurpose p) {
        switch (p) {
            case PLAN: return "plan";
            case REPLAN: return "re-plan";
            case SYNTHESIZE: return "synthesize the result";
            case REVIEW: return "review its round";
            default: return "answer";
        }
    }

    private void delegate(NodePlan target, Object subInput, List<Constraint> carried, long parentSpan) {
        delegate(target, NodePlan.find(coordinator.delegates, target.index), subInput, carried, parentSpan);
    }

    /** Delegates to {@code target}, the coordinator's delegate edge number {@code edge}. */
    private void delegate(NodePlan target, int edge, Object subInput, List<Constraint> carried, long parentSpan) {
        if (s.finished) {
            return;
        }
        boolean typedEdge = coordinator.delegatePassing[edge] == ConstraintPassing.TYPED;
        Subtask st = s.newSubtask(coordinator, CallPurpose.WORK, target, subInput == null ? s.input : subInput,
                typedEdge ? carried : List.of(), typedEdge ? List.of() : carried, TrustLabel.SYSTEM, parentSpan);
        st.sender = coordinator;
        open++;
        s.dispatch(st);
    }

    private int countSettled() {
        return s.subtasks.size() - supersededCount;
    }

    /**
     * The node a plan, a consult request or a handoff names; null if none. A plan usually names the same target
     * many times (W1: ten subtasks for one worker), and a handoff is looked up when checked and when sent, so the
     * last lookup is remembered.
     */
    NodePlan target(NodeId id) {
        if (!id.equals(lastTargetId)) {
            lastTarget = plan.node(id);
            lastTargetId = id;
        }
        return lastTarget;
    }

    // ---- subtasks ----

    void subtaskReplied(Subtask st, Call c, AgentReply reply, EnvelopeStatus status, FailureKind failure,
            String reason) {
        if (failure != FailureKind.NONE) {
            st.failure = failure;
            st.reason = reason;
            st.failedDependency = failure == FailureKind.DEPENDENCY ? c.failedTool : null;
            st.lastReply = reply;
            if (st.attempt < st.at.retry.maxAttempts()) {
                long backoff = st.at.retry.delayBefore(st.attempt + 1).toNanos();
                String late = s.retrying.retryDoesNotFit(backoff, reply);
                if (late != null) {
                    st.reason = st.reason + late;
                } else if (s.retrying.retry(st, Retries.retryDelay(backoff, reply))) {
                    return;
                }
            }
            settle(st, EnvelopeStatus.FAILED, null, 0.0, st.reason, failure);
            return;
        }
        if (reply.result() != null) {
            st.best = reply.result();
        }
        if (reply.kind() == ReplyKind.HANDOFF) {
            if (st.at.validators.length > 0) {
                Gate g = new Gate(Gate.Kind.HANDOFF, st, st.at, c, reply.result(), reply.confidence(), status,
                        st.at.validators);
                g.target = reply.target();
                g.restated = reply.restatedConstraints();
                s.gates.start(g);
                return;
            }
            chain.handoff(st, c, target(reply.target()), reply.result(), reply.restatedConstraints(), false);
            return;
        }
        if (st.at.validators.length > 0) {
            s.gates.start(new Gate(Gate.Kind.SETTLE, st, st.at, c, reply.result(), reply.confidence(), status,
                    st.at.validators));
            return;
        }
        settle(st, status, reply.result(), reply.confidence(), reason, FailureKind.NONE);
    }

    /** A subtask's final envelope (after its retries and validators). */
    void settle(Subtask st, EnvelopeStatus status, Object result, double confidence, String reason,
            FailureKind failure) {
        st.settled = true;
        st.status = status;
        st.result = result;
        st.confidence = confidence;
        st.reason = reason;
        st.failure = failure;
        if (s.finished) {
            return;
        }
        if (st.parent == null) {
            chain.settled(st);
        } else if (st.parent.kind == NodeKind.ORCHESTRATOR) {
            open--;
            failures.settled(st);
        } else {
            open--;
            advance();
        }
    }

    /** An accepted partial or approved subtask after a human's answer. */
    void escalatedSubtaskApproved(Subtask st) {
        pendingEscalations--;
        st.accepted = true;
        anyPartial = true;
        advance();
    }

    /** Moves the coordinator on once nothing is open: re-plan, synthesize, or review the round. */
    void advance() {
        if (s.finished || busy || open > 0 || pendingEscalations > 0 || coordinator == null) {
            return;
        }
        if (coordinator.kind == NodeKind.PLANNER) {
            call(CallPurpose.REVIEW, outcomes(roundStart));
            return;
        }
        Subtask replan = null;
        for (int i = roundStart; i < s.subtasks.size(); i++) {
            Subtask st = s.subtasks.get(i);
            if (st.needsReplan && !st.superseded) {
                replan = st;
                break;
            }
        }
        if (replan == null) {
            call(CallPurpose.SYNTHESIZE, outcomes(0));
            return;
        }
        int max = ((OrchestratorSpec) coordinator.spec).maxReplans();
        if (s.replans >= max) {
            s.finish(Outcome.FAILED, "re-plan limit " + max + " of " + coordinator.id + " reached; " + failures.describe(replan),
                    null, TrustLabel.AGENT_UNVERIFIED, false, false);
            return;
        }
        s.replans++;
        call(CallPurpose.REPLAN, outcomes(0));
    }

    List<SubtaskOutcome> outcomes(int from) {
        List<SubtaskOutcome> list = new ArrayList<>(s.subtasks.size() - from);
        for (int i = from; i < s.subtasks.size(); i++) {
            Subtask st = s.subtasks.get(i);
            if (!st.superseded) {
                list.add(st.outcome());
            }
        }
        return list;
    }

    /** The final result was rejected and its validator wants it redone: ask the producer again. */
    boolean redoFinal(Gate g) {
        if (g.subtask != null) {
            g.subtask.settled = false;
            return s.retrying.retry(g.subtask, 0);
        }
        if (!s.retrying.drawRetry()) {
            return false;
        }
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, coordinator.id, DecisionKind.RETRY, taskSpan,
                "asked again after its result was rejected"));
        recallCoordinator();
        return true;
    }

    /** A validator asked for a new plan of the final result. */
    boolean replanFinal() {
        if (coordinator == null || coordinator.kind != NodeKind.ORCHESTRATOR
                || s.replans >= ((OrchestratorSpec) coordinator.spec).maxReplans()) {
            return false;
        }
        s.replans++;
        for (int i = roundStart; i < s.subtasks.size(); i++) {
            s.subtasks.get(i).needsReplan = true;
        }
        call(CallPurpose.REPLAN, outcomes(0));
        return true;
    }
}
