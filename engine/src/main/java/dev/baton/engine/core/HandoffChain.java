// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import java.util.List;

/**
 * Dynamic handoff: the task travels as one chain, each handoff a hop; at the hop cap control returns to the owner
 * (or, inside an orchestrator's subtask, the subtask fails); the chain's last envelope is the task's result, or a
 * failure the owner decides on.
 */
final class HandoffChain {
    private final RunState s;
    private final Coordination co;

    HandoffChain(RunState s, Coordination co) {
        this.s = s;
        this.co = co;
    }

    /** Sends the task on to {@code target}, unless that would pass the hop cap. */
    void handoff(Subtask st, Call from, NodePlan target, Object payload, java.util.Set<String> restated,
            boolean verified) {
        if (s.hops + 1 > s.plan.hopCap) {
            hopCapReached(st);
            return;
        }
        s.hops++;
        ConstraintPassing passing = s.envelopes.handoffEdge(st.at, target);
        List<Constraint> carriedProse = s.carried(st.prose, restated, from.span, st.at, target);
        if (passing == ConstraintPassing.TYPED) {
            st.prose = carriedProse;
        } else {
            st.prose = TaskRun.concat(st.constraints, carriedProse);
            st.constraints = List.of();
        }
        st.sender = st.at;
        st.at = target;
        st.input = payload;
        st.trust = verified ? TrustLabel.AGENT_VERIFIED : TrustLabel.AGENT_UNVERIFIED;
        st.verified = false;
        st.attempt = 1;
        st.parentSpan = from.span;
        s.dispatch(st);
    }

    private void hopCapReached(Subtask st) {
        String why = s.plan.hopCapIsSafety
                ? "engine safety ceiling of " + Reasons.count(s.plan.hopCap) + " hops reached at " + st.at.id
                        + " (the design sets no hop cap)"
                : "hop cap " + s.plan.hopCap + " reached at " + st.at.id;
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, st.at.id, DecisionKind.HOP_CAP, st.parentSpan, why));
        s.stopCause = StopCause.HOP_CAP;
        if (s.plan.owner != null) {
            co.endings.ownerDecides(why, st.best, s.plan.hopCapIsSafety);
        } else if (st.parent != null) {
            // The orchestrator or planner above decides; the cap did not stop the run by itself.
            s.stopCause = StopCause.NONE;
            co.settle(st, EnvelopeStatus.FAILED, null, 0.0, why, FailureKind.HOP_CAP);
        } else {
            s.finish(Outcome.ABORTED, why + "; no owner to return control to, run aborted", st.best,
                    TrustLabel.AGENT_UNVERIFIED, false, s.plan.hopCapIsSafety);
        }
    }

    /** The chain ended with its envelope: the final result, or the owner decides. */
    void settled(Subtask st) {
        if (st.status == EnvelopeStatus.SUCCESS) {
            co.endings.finalResult(st.at, st, st.call, st.result, st.confidence, false, "agent " + st.at.id
                    + " completed the task after " + s.hops + (s.hops == 1 ? " hop" : " hops"));
        } else if (st.status == EnvelopeStatus.PARTIAL) {
            co.endings.finalResult(st.at, st, st.call, st.result, st.confidence, true, "agent " + st.at.id
                    + " returned a partial result" + (st.reason.isEmpty() ? "" : ": " + st.reason));
        } else if (s.plan.owner != null) {
            co.endings.ownerDecides(st.at.id + " failed: " + st.reason, st.best, false);
        } else {
            s.finish(Outcome.FAILED, st.at.id + " failed: " + st.reason + "; no owner to decide", null,
                    TrustLabel.AGENT_UNVERIFIED, false, false);
        }
    }
}
