// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;

/**
 * How a run ends: the final result through its validators, the owner's decision (at the hop cap, when a handoff
 * chain fails, at the deadline), and the deadline itself.
 */
final class Endings {
    private final RunState s;
    private final Coordination co;

    Endings(RunState s, Coordination co) {
        this.s = s;
        this.co = co;
    }

    void finalResult(NodePlan producer, Subtask st, Call call, Object value, double confidence, boolean partial,
            String reason) {
        int[] validators = finalValidators(producer, st != null);
        if (validators.length == 0) {
            boolean verified = st != null && st.verified;
            s.finish(partial ? Outcome.PARTIAL : Outcome.COMPLETED, reason, value,
                    verified ? TrustLabel.AGENT_VERIFIED : TrustLabel.AGENT_UNVERIFIED, verified, false);
            return;
        }
        Gate g = new Gate(Gate.Kind.FINAL, st, producer, call, value, confidence,
                partial ? EnvelopeStatus.PARTIAL : EnvelopeStatus.SUCCESS, validators);
        g.partial = partial;
        g.reason = reason;
        g.passedAny = st != null && st.verified;
        s.gates.start(g);
    }

    private int[] finalValidators(NodePlan producer, boolean producerAlreadyValidated) {
        int[] finals = s.plan.finalValidators;
        int[] own = producerAlreadyValidated ? new int[0] : producer.validators;
        if (finals.length == 0) {
            return own;
        }
        int[] all = new int[own.length + finals.length];
        int n = 0;
        for (int v : own) {
            all[n++] = v;
        }
        for (int v : finals) {
            if (NodePlan.find(own, v) < 0 && NodePlan.find(producer.validators, v) < 0) {
                all[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(all, n);
    }

    void ownerDecides(String why, Object best, boolean safety) {
        NodePlan owner = s.plan.owner;
        OwnerDecision d = ((OwnerSpec) owner.spec).decision();
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, owner.id, DecisionKind.OWNER_DECISION, 0,
                d.jsonName()));
        switch (d) {
            case COMPLETE_PARTIAL:
                s.finish(Outcome.PARTIAL, why + "; owner " + owner.id + " completed with the partial result", best,
                        TrustLabel.AGENT_UNVERIFIED, false, safety);
                break;
            case ABORT:
                s.finish(Outcome.ABORTED, why + "; owner " + owner.id + " aborted", best,
                        TrustLabel.AGENT_UNVERIFIED, false, safety);
                break;
            case ESCALATE:
                s.gates.escalate(owner, why + "; owner " + owner.id + " escalated", true, null, null, best);
                break;
            default:
                throw new AssertionError("unhandled " + d);
        }
    }

    void deadlinePassed() {
        String why = s.plan.runTimeoutIsSafety
                ? "engine safety ceiling: run timeout " + Reasons.duration(s.plan.runTimeoutNanos)
                        + " reached (the design sets no wall-clock timeout)"
                : "wall-clock timeout " + Reasons.duration(s.plan.runTimeoutNanos) + " reached";
        s.stopCause = StopCause.DEADLINE;
        if (s.plan.owner != null) {
            NodePlan owner = s.plan.owner;
            OwnerDecision d = ((OwnerSpec) owner.spec).decision();
            Object best = bestSoFar();
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, owner.id, DecisionKind.OWNER_DECISION, 0,
                    d.jsonName()));
            if (d == OwnerDecision.COMPLETE_PARTIAL) {
                s.finish(Outcome.PARTIAL, why + "; owner " + owner.id + " completed with the partial result", best,
                        TrustLabel.AGENT_UNVERIFIED, false, s.plan.runTimeoutIsSafety);
            } else if (d == OwnerDecision.ESCALATE) {
                s.escalations++;
                s.finish(Outcome.ESCALATED, why + "; owner " + owner.id + " escalated (no time left to wait for a "
                        + "human)", best, TrustLabel.AGENT_UNVERIFIED, false, s.plan.runTimeoutIsSafety);
            } else {
                s.finish(Outcome.ABORTED, why + "; owner " + owner.id + " aborted", best,
                        TrustLabel.AGENT_UNVERIFIED, false, s.plan.runTimeoutIsSafety);
            }
            return;
        }
        s.finish(Outcome.FAILED, why + " with " + openWork() + " still open", null, TrustLabel.AGENT_UNVERIFIED,
                false, s.plan.runTimeoutIsSafety);
    }

    private String openWork() {
        int n = 0;
        for (int i = 0; i < s.calls.size(); i++) {
            if (!s.calls.get(i).settled) {
                n++;
            }
        }
        return n == 1 ? "1 call" : n + " calls";
    }

    private Object bestSoFar() {
        for (int i = s.subtasks.size() - 1; i >= 0; i--) {
            Subtask st = s.subtasks.get(i);
            if (st.best != null) {
                return st.best;
            }
        }
        return null;
    }
}
