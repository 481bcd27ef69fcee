// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.HumanDecision;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.ValidatorSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Validators and human escalation. Output that passes a validator becomes {@code agent-verified}; output a
 * validator rejects (below its confidence threshold, a failed check, or a validator that failed without a verdict
 * and has no retry left) is handled by the validator's reject action. A validator call that gives no verdict
 * (crash, timeout, malformed or over-budget answer, failed tool) is retried per the validator's retry policy,
 * from the shared retry budget; a {@code failed} answer is the verdict "reject" and is not retried. Escalations
 * wait for a human until the human's deadline, then take the default decision.
 */
final class Gates {
    private final RunState s;
    private final List<Escalation> open = new ArrayList<>();

    Gates(RunState s) {
        this.s = s;
    }

    void start(Gate g) {
        advance(g);
    }

    private void advance(Gate g) {
        if (s.finished) {
            return;
        }
        if (g.position >= g.validators.length) {
            passed(g);
            return;
        }
        NodePlan v = s.plan.nodes[g.validators[g.position]];
        ValidatorSpec spec = (ValidatorSpec) v.spec;
        if (spec.confidenceThreshold().isPresent() && g.confidence < spec.confidenceThreshold().getAsDouble()) {
            reject(g, v, "confidence " + Reasons.conf(g.confidence) + " is below the threshold "
                    + Reasons.conf(spec.confidenceThreshold().getAsDouble()));
            return;
        }
        Subtask st = g.subtask;
        Call c = s.invoke(v, CallPurpose.VALIDATE, null, g.producer, g.result,
                st != null ? st.constraints : s.plan.constraints, st != null ? st.prose : List.of(),
                TrustLabel.AGENT_UNVERIFIED, g.attempt, g.producerCall == null ? 0 : g.producerCall.span, List.of());
        if (c != null) {
            c.gate = g;
        }
    }

    void validatorReplied(Call c, AgentReply reply, EnvelopeStatus status, FailureKind failure, String reason) {
        Gate g = c.gate;
        if (status == EnvelopeStatus.SUCCESS) {
            g.passedAny = true;
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, c.node.id, DecisionKind.VALIDATION_PASSED, c.span,
                    "output of " + g.producer.id + " passed"));
            g.position++;
            g.attempt = 1;
            advance(g);
            return;
        }
        String why = reason.isEmpty() ? "check failed" : reason;
        if (failure != FailureKind.REPORTED && g.attempt < c.node.retry.maxAttempts()) {
            // No verdict: the validator could not check; ask it again before anything is rejected.
            long backoff = c.node.retry.delayBefore(g.attempt + 1).toNanos();
            String late = s.retrying.retryDoesNotFit(backoff, reply);
            if (late != null) {
                why = why + late;
            } else if (s.retrying.drawRetry()) {
                g.attempt++;
                s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, c.node.id, DecisionKind.RETRY, c.span,
                        "attempt " + g.attempt + " after: " + why));
                long delay = Retries.retryDelay(backoff, reply);
                if (delay <= 0) {
                    advance(g);
                } else {
                    s.startTimer(Timer.Kind.VALIDATOR_RETRY, g, s.now + delay);
                }
                return;
            } else {
                s.retriesBlocked++;
                why = why + "; shared retry budget of " + s.plan.retryBudget + " exhausted";
                s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, c.node.id, DecisionKind.RETRY_BLOCKED, c.span,
                        why));
            }
        }
        reject(g, c.node, why);
    }

    /** The backoff before a validator's next attempt passed. */
    void retryValidator(Gate g) {
        advance(g);
    }

    private void passed(Gate g) {
        boolean verified = g.passedAny;
        Subtask st = g.subtask;
        switch (g.kind) {
            case SETTLE:
                st.verified = verified;
                s.coordination.settle(st, g.status, g.result, g.confidence, "", FailureKind.NONE);
                break;
            case HANDOFF:
                s.coordination.chain.handoff(st, g.producerCall, s.coordination.target(g.target), g.result,
                        g.restated, verified);
                break;
            case FINAL:
                s.finish(g.partial ? Outcome.PARTIAL : Outcome.COMPLETED, g.reason + (verified ? "; validated" : ""),
                        g.result, verified ? TrustLabel.AGENT_VERIFIED : TrustLabel.AGENT_UNVERIFIED, verified, false);
                break;
            default:
                throw new AssertionError("unhandled " + g.kind);
        }
    }

    private void reject(Gate g, NodePlan v, String why) {
        String full = "output of " + g.producer.id + " rejected by " + v.id + ": " + why;
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, v.id, DecisionKind.VALIDATION_REJECTED,
                g.producerCall == null ? 0 : g.producerCall.span, full));
        RejectAction action = ((ValidatorSpec) v.spec).onReject();
        Subtask st = g.subtask;
        switch (action) {
            case RETRY:
                if (g.kind == Gate.Kind.FINAL) {
                    if (!s.coordination.redoFinal(g)) {
                        fail(full + "; no retry left");
                    }
                    return;
                }
                st.failure = FailureKind.REJECTED;
                st.reason = full;
                st.failedDependency = null;
                if (!s.retrying.retry(st, 0)) {
                    s.coordination.settle(st, EnvelopeStatus.FAILED, null, 0.0, st.reason, FailureKind.REJECTED);
                }
                return;
            case REPLAN:
                if (g.kind != Gate.Kind.FINAL && st.parent != null && st.parent.kind == NodeKind.ORCHESTRATOR) {
                    st.forceReplan = true;
                    s.coordination.settle(st, EnvelopeStatus.FAILED, null, 0.0, full, FailureKind.REJECTED);
                } else if (g.kind != Gate.Kind.FINAL || !s.coordination.replanFinal()) {
                    fail(full + "; no re-plan possible");
                }
                return;
            case ESCALATE:
                escalate(v, full + "; " + v.id + " escalated", g.kind == Gate.Kind.FINAL, st, g, g.result);
                return;
            case ABORT:
                s.finish(Outcome.ABORTED, full + "; " + v.id + " aborted the run", null, TrustLabel.AGENT_UNVERIFIED,
                        false, false);
                return;
            default:
                throw new AssertionError("unhandled " + action);
        }
    }

    private void fail(String reason) {
        s.finish(Outcome.FAILED, reason, null, TrustLabel.AGENT_UNVERIFIED, false, false);
    }

    /** Opens an escalation from {@code from}; without a human node the run ends escalated at once. */
    void escalate(NodePlan from, String why, boolean terminal, Subtask st, Gate g, Object subject) {
        s.escalations++;
        NodePlan human = from.escalations.length > 0 ? s.plan.nodes[from.escalations[0]] : anyHuman();
        if (human == null) {
            s.finish(Outcome.ESCALATED, why + " (the design has no human node; left for a human)", subject,
                    TrustLabel.AGENT_UNVERIFIED, false, false);
            return;
        }
        HumanSpec spec = (HumanSpec) human.spec;
        long deadline = spec.responseDeadline().isPresent() ? s.now + spec.responseDeadline().get().toNanos() : -1;
        Escalation e = new Escalation(open.size(), from, human, why, terminal, st, g, subject);
        open.add(e);
        s.trace.record(new TraceEvent.EscalationOpened(s.id, s.now, e.id, from.id, human.id, why, deadline,
                spec.defaultDecision()));
        if (deadline >= 0) {
            e.timerId = s.startTimer(Timer.Kind.ESCALATION, e, deadline);
        }
        s.out.escalate(new EscalationRequest(s.id, e.id, from.id, human.id, why, subject, deadline,
                spec.defaultDecision()));
    }

    private NodePlan anyHuman() {
        for (NodePlan n : s.plan.nodes) {
            if (n.kind == NodeKind.HUMAN) {
                return n;
            }
        }
        return null;
    }

    HumanDecision defaultDecision(Escalation e) {
        return ((HumanSpec) e.human.spec).defaultDecision();
    }

    void escalationAnswered(int id, HumanDecision decision, boolean byDefault) {
        if (id < 0 || id >= open.size()) {
            throw new IllegalArgumentException("unknown escalation " + id + " in run " + s.id);
        }
        Escalation e = open.get(id);
        if (e.resolved) {
            return;
        }
        e.resolved = true;
        if (e.timerId >= 0) {
            s.cancelTimer(e.timerId);
        }
        s.trace.record(new TraceEvent.EscalationResolved(s.id, s.now, e.id, decision, byDefault));
        HumanSpec spec = (HumanSpec) e.human.spec;
        String answer = byDefault ? "; no answer from " + e.human.id + " within "
                + Reasons.duration(spec.responseDeadline().get().toNanos()) + ", default " + decision.jsonName()
                : "; " + e.human.id + " answered " + decision.jsonName();
        if (decision == HumanDecision.ABORT) {
            s.finish(Outcome.ABORTED, e.why + answer, null, TrustLabel.AGENT_UNVERIFIED, false, false);
        } else if (decision == HumanDecision.REJECT) {
            s.finish(Outcome.FAILED, e.why + answer, null, TrustLabel.AGENT_UNVERIFIED, false, false);
        } else if (e.terminal) {
            s.finish(Outcome.ESCALATED, e.why + answer, e.subject, TrustLabel.AGENT_UNVERIFIED, false, false);
        } else if (e.gate != null) {
            e.gate.position++;
            advance(e.gate);
        } else {
            s.coordination.escalatedSubtaskApproved(e.subtask);
        }
    }
}
