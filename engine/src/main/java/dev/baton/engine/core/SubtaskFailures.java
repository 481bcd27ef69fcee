// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeKind;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.OrchestratorSpec;

/**
 * An orchestrator's failure policy, applied to each subtask that settled failed or partial (after its own retries
 * and validators): retry from the shared budget, re-route to another worker, mark for re-plan, accept partial,
 * escalate or abort.
 */
final class SubtaskFailures {
    private final RunState s;
    private final Coordination co;

    SubtaskFailures(RunState s, Coordination co) {
        this.s = s;
        this.co = co;
    }

    /** A delegated subtask settled: unless it succeeded its failure policy applies; then the orchestrator goes on. */
    void settled(Subtask st) {
        if (st.status != EnvelopeStatus.SUCCESS) {
            FailurePolicy policy = ((OrchestratorSpec) co.coordinator.spec).failurePolicy();
            FailureAction action = st.forceReplan ? FailureAction.REPLAN
                    : st.status == EnvelopeStatus.PARTIAL ? policy.onPartial()
                    : st.failure == FailureKind.TIMEOUT ? policy.onTimeout() : policy.onFailed();
            applyAction(st, action);
        }
        co.advance();
    }

    String describe(Subtask st) {
        return "subtask " + st.index + " at " + st.at.id + (st.status == EnvelopeStatus.PARTIAL ? " was partial"
                : " failed") + (st.reason.isEmpty() ? "" : ": " + st.reason);
    }

    private void applyAction(Subtask st, FailureAction action) {
        switch (action) {
            case RETRY:
                String late = s.retrying.retryDoesNotFit(0, st.lastReply);
                if (late == null) {
                    reopen(st);
                    if (s.retrying.retry(st, Retries.retryDelay(0, st.lastReply))) {
                        return;
                    }
                    closeAgain(st);
                }
                markReplan(st, late == null ? "retry not possible" : late.substring(2));
                return;
            case REROUTE:
                for (int t : co.coordinator.delegates) {
                    NodePlan alt = s.plan.nodes[t];
                    if (alt.kind == NodeKind.AGENT && !st.wasTried(alt)) {
                        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, co.coordinator.id, DecisionKind.REROUTE,
                                st.parentSpan, describe(st) + "; re-routed to " + alt.id));
                        reopen(st);
                        st.at = alt;
                        st.origin = alt;
                        st.markTried(alt);
                        st.attempt = 1;
                        s.dispatch(st);
                        return;
                    }
                }
                markReplan(st, "no other worker to re-route to");
                return;
            case REPLAN:
                markReplan(st, "");
                return;
            case ACCEPT_PARTIAL:
                st.accepted = true;
                co.anyPartial = true;
                s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, co.coordinator.id, DecisionKind.ACCEPT_PARTIAL,
                        st.parentSpan, describe(st)));
                return;
            case ESCALATE:
                co.pendingEscalations++;
                s.gates.escalate(co.coordinator, describe(st) + "; orchestrator " + co.coordinator.id + " escalated",
                        false, st, null, st.result);
                return;
            case ABORT:
                s.finish(Outcome.ABORTED, describe(st) + "; orchestrator " + co.coordinator.id + " aborted", null,
                        TrustLabel.AGENT_UNVERIFIED, false, false);
                return;
            default:
                throw new AssertionError("unhandled " + action);
        }
    }

    private void reopen(Subtask st) {
        st.settled = false;
        st.failure = FailureKind.NONE;
        co.open++;
    }

    private void closeAgain(Subtask st) {
        st.settled = true;
        co.open--;
    }

    private void markReplan(Subtask st, String why) {
        st.needsReplan = true;
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, co.coordinator.id, DecisionKind.REPLAN, st.parentSpan,
                describe(st) + (why.isEmpty() ? "" : "; " + why)));
    }
}
