// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.PlannerSpec;
import java.util.List;
import java.util.Objects;

/**
 * Adaptive planning: after each review the planner's completion criterion is checked (minimum confidence, k
 * agreeing rounds, or an explicit empty consult list); otherwise, below its round limit, the next round consults
 * the named (or all) specialists with the planner's current result.
 */
final class PlannerRounds {
    private final RunState s;
    private final Coordination co;
    private Object[] recent;
    private int recentCount;

    PlannerRounds(RunState s, Coordination co) {
        this.s = s;
        this.co = co;
    }

    void reviewed(Call c, AgentReply reply, EnvelopeStatus status) {
        NodePlan me = co.coordinator;
        PlannerSpec spec = (PlannerSpec) me.spec;
        String met = null;
        if (reply.subtasks() != null && reply.subtasks().isEmpty()) {
            met = "planner " + me.id + " declared its plan complete after " + co.rounds + " rounds";
        } else if (spec.completion().isPresent()) {
            met = criterionMet(spec.completion().get(), reply, status);
        }
        if (met != null) {
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, me.id, DecisionKind.PLAN_COMPLETE,
                    c.span, met));
            co.endings.finalResult(me, null, c, reply.result(), reply.confidence(), status == EnvelopeStatus.PARTIAL,
                    met);
            return;
        }
        if (spec.maxRounds().isPresent() && co.rounds >= spec.maxRounds().getAsInt()) {
            co.endings.finalResult(me, null, c, reply.result(), reply.confidence(), true, "planner " + me.id
                    + " stopped at its limit of " + co.rounds + " rounds without meeting its completion criterion"
                    + " (confidence " + Reasons.conf(reply.confidence()) + ")");
            return;
        }
        if (me.consults.length == 0) {
            co.endings.finalResult(me, null, c, reply.result(), reply.confidence(), true, "planner " + me.id
                    + " has no specialist to consult");
            return;
        }
        co.rounds++;
        co.roundStart = s.subtasks.size();
        List<Constraint> carried = TaskRun.concat(co.typed, s.carried(co.prose, reply.restatedConstraints(), c.span,
                me, null));
        Object next = reply.result() != null ? reply.result() : s.input;
        List<SubtaskRequest> requests = reply.subtasks();
        if (requests == null) {
            for (int t : me.consults) {
                consult(s.plan.nodes[t], next, carried, c.span);
            }
        } else {
            for (SubtaskRequest r : requests) {
                NodePlan target = co.target(r.to());
                if (target == null || NodePlan.find(me.consults, target.index) < 0) {
                    co.roundStart = s.subtasks.size();
                    co.coordinatorFailed("planner " + me.id + " asked " + r.to()
                            + ", which is not one of its consult targets");
                    return;
                }
            }
            for (SubtaskRequest r : requests) {
                consult(co.target(r.to()), r.input() != null ? r.input() : next, carried, c.span);
            }
        }
        co.advance();
    }

    private String criterionMet(CompletionCriterion criterion, AgentReply reply, EnvelopeStatus status) {
        if (criterion.minConfidence().isPresent() && status == EnvelopeStatus.SUCCESS
                && reply.confidence() >= criterion.minConfidence().getAsDouble()) {
            return "planner " + co.coordinator.id + " met its completion criterion after " + co.rounds + " rounds"
                    + " (confidence " + Reasons.conf(reply.confidence()) + " >= "
                    + Reasons.conf(criterion.minConfidence().getAsDouble()) + ")";
        }
        if (criterion.agreeingRounds().isPresent()) {
            int k = criterion.agreeingRounds().getAsInt();
            if (recent == null) {
                recent = new Object[k];
            }
            recent[recentCount++ % k] = reply.result();
            if (recentCount >= k) {
                for (int i = 1; i < k; i++) {
                    if (!Objects.equals(recent[0], recent[i])) {
                        return null;
                    }
                }
                return "planner " + co.coordinator.id + " met its completion criterion after " + co.rounds + " rounds ("
                        + k + " agreeing rounds)";
            }
        }
        return null;
    }

    private void consult(NodePlan target, Object subInput, List<Constraint> carried, long parentSpan) {
        if (s.finished) {
            return;
        }
        int edge = NodePlan.find(co.coordinator.consults, target.index);
        boolean typedEdge = co.coordinator.consultPassing[edge] == ConstraintPassing.TYPED;
        Subtask st = s.newSubtask(co.coordinator, CallPurpose.CONSULT, target, subInput,
                typedEdge ? carried : List.of(), typedEdge ? List.of() : carried, TrustLabel.AGENT_UNVERIFIED,
                parentSpan);
        st.sender = co.coordinator;
        co.open++;
        s.dispatch(st);
    }
}
