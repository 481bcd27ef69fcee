// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.trace;

import dev.baton.engine.core.BreakerState;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.FailureKind;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.StoreWriteResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.model.NodeId;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.ConcurrencyControl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one run's trace against the runtime guarantees of PRODUCT.md section 2 and returns the violations in
 * words (empty = none). Used by the engine's seeded fault tests and by the simulator on sampled runs.
 */
public final class TraceInvariants {
    private TraceInvariants() {}

    public static List<String> check(RunPlan plan, List<TraceEvent> events, RunResult result) {
        List<String> v = new ArrayList<>();
        TaskPolicy policy = plan.design().policy();
        if (events.isEmpty() || !(events.get(0) instanceof TraceEvent.RunStarted)) {
            v.add("1 termination: the trace does not begin with RunStarted");
            return v;
        }
        TraceEvent.RunStarted started = (TraceEvent.RunStarted) events.get(0);
        TraceEvent last = events.get(events.size() - 1);
        if (!(last instanceof TraceEvent.RunFinished)) {
            v.add("1 termination: the trace does not end with RunFinished");
            return v;
        }
        TraceEvent.RunFinished finished = (TraceEvent.RunFinished) last;
        if (finished.outcome() == null || finished.reason() == null || finished.reason().isBlank()) {
            v.add("1 termination: the outcome or its reason is missing");
        }
        if (finished.time() > started.deadline()) {
            v.add("1 termination: ended at " + finished.time() + " after the deadline " + started.deadline());
        }
        if (result != null && result.outcome() != finished.outcome()) {
            v.add("1 termination: the result says " + result.outcome() + " but the trace " + finished.outcome());
        }
        long tokenCeiling = policy.tokenCeiling().orElse(Long.MAX_VALUE);
        if (finished.tokens() > tokenCeiling) {
            v.add("2 budget: " + finished.tokens() + " tokens charged over the ceiling " + tokenCeiling);
        }
        if (policy.costCeilingUsd().isPresent() && finished.costMicros()
                > policy.costCeilingUsd().get().movePointRight(6).longValue()) {
            v.add("2 budget: cost " + finished.costMicros() + " micro-dollars over the ceiling");
        }
        int hopCap = policy.hopCap().orElse(plan.limits().safetyHopCap());
        int maxCalls = policy.termination().maxAgentCalls().orElse(plan.limits().safetyMaxCalls());
        if (finished.calls() > maxCalls) {
            v.add("3 caps: " + finished.calls() + " calls over the cap " + maxCalls);
        }
        Map<Long, TraceEvent.MessageSent> sent = new HashMap<>();
        Set<Long> settled = new HashSet<>();
        Map<NodeId, BreakerState> breakers = new HashMap<>();
        Set<String> lost = new HashSet<>();
        Map<String, Constraint> taskConstraints = new HashMap<>();
        for (Constraint c : policy.constraints()) {
            taskConstraints.put(c.id(), c);
        }
        long tokens = 0;
        int retries = 0;
        int lostUpdates = 0;
        boolean passedValidation = false;
        for (int i = 1; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e.time() < events.get(i - 1).time()) {
                v.add("9 determinism: time runs backwards at event " + i);
            }
            if (e instanceof TraceEvent.RunStarted || (e instanceof TraceEvent.RunFinished && i != events.size() - 1)) {
                v.add("1 termination: a second start or end at event " + i);
            } else if (e instanceof TraceEvent.MessageSent) {
                TraceEvent.MessageSent m = (TraceEvent.MessageSent) e;
                if (m.hop() > hopCap) {
                    v.add("3 hop cap: message " + m.span() + " to " + m.receiver() + " at hop " + m.hop() + " > " + hopCap);
                }
                if (m.parentSpan() != 0 && !sent.containsKey(m.parentSpan())) {
                    v.add("10 observability: message " + m.span() + " names an unknown parent " + m.parentSpan());
                }
                if (sent.put(m.span(), m) != null) {
                    v.add("10 observability: span " + m.span() + " sent twice");
                }
                BreakerState b = breakers.get(m.receiver());
                if (b == BreakerState.OPEN) {
                    v.add("5 breaker: call to " + m.receiver() + " while its breaker is open");
                }
                checkConstraints(m, taskConstraints, lost, v);
            } else if (e instanceof TraceEvent.EnvelopeReceived) {
                TraceEvent.EnvelopeReceived r = (TraceEvent.EnvelopeReceived) e;
                TraceEvent.MessageSent m = sent.get(r.span());
                if (m == null) {
                    v.add("4 no orphans: envelope for unknown span " + r.span());
                } else if (!settled.add(r.span())) {
                    v.add("4 no orphans: span " + r.span() + " settled twice");
                } else if (r.tokens() > m.reservedTokens() && m.reservedTokens() > 0) {
                    v.add("2 budget: " + r.from() + " charged " + r.tokens() + " > reserved " + m.reservedTokens());
                }
                tokens += r.tokens();
                if (r.failure() != FailureKind.NONE && r.status() != EnvelopeStatus.FAILED) {
                    v.add("4 no orphans: a " + r.failure() + " became " + r.status());
                }
                if (r.status() == EnvelopeStatus.FAILED && (r.reason() == null || r.reason().isBlank())) {
                    v.add("4 no orphans: failed envelope of " + r.from() + " without a reason");
                }
            } else if (e instanceof TraceEvent.DecisionMade) {
                TraceEvent.DecisionMade d = (TraceEvent.DecisionMade) e;
                if (d.kind() == DecisionKind.RETRY) {
                    retries++;
                } else if (d.kind() == DecisionKind.VALIDATION_PASSED) {
                    passedValidation = true;
                }
            } else if (e instanceof TraceEvent.BreakerTransitioned) {
                TraceEvent.BreakerTransitioned b = (TraceEvent.BreakerTransitioned) e;
                BreakerState before = breakers.getOrDefault(b.tool(), BreakerState.CLOSED);
                if (before != b.from() || !b.from().canMoveTo(b.to())) {
                    v.add("5 breaker: illegal transition " + b.from() + " -> " + b.to() + " of " + b.tool());
                }
                breakers.put(b.tool(), b.to());
            } else if (e instanceof TraceEvent.StoreWritten) {
                checkWrite((TraceEvent.StoreWritten) e, v);
                if (((TraceEvent.StoreWritten) e).result() == StoreWriteResult.LOST_UPDATE) {
                    lostUpdates++;
                }
            } else if (e instanceof TraceEvent.ConstraintLost) {
                lost.add(((TraceEvent.ConstraintLost) e).constraintId());
            }
        }
        for (Long span : sent.keySet()) {
            if (!settled.contains(span)) {
                v.add("4 no orphans: message " + span + " to " + sent.get(span).receiver() + " never got an envelope");
            }
        }
        if (tokens != finished.tokens()) {
            v.add("2 budget: envelopes charged " + tokens + " tokens but the run reports " + finished.tokens());
        }
        if (policy.sharedRetryBudget().isPresent() && retries > policy.sharedRetryBudget().getAsInt()) {
            v.add("5 retries: " + retries + " retries over the shared budget " + policy.sharedRetryBudget().getAsInt());
        }
        if (result != null && result.lostUpdates() != lostUpdates) {
            v.add("6 stores: " + lostUpdates + " lost updates traced but " + result.lostUpdates() + " reported");
        }
        if (finished.validated() != (finished.trust() == TrustLabel.AGENT_VERIFIED)) {
            v.add("8 trust: validated=" + finished.validated() + " but trust " + finished.trust());
        }
        if (finished.validated() && !passedValidation) {
            v.add("8 trust: result marked validated but no validator passed anything");
        }
        return v;
    }

    private static void checkConstraints(TraceEvent.MessageSent m, Map<String, Constraint> task, Set<String> lost,
            List<String> v) {
        if (m.purpose() == dev.baton.engine.core.CallPurpose.TOOL) {
            return;
        }
        for (Constraint c : m.constraints()) {
            if (!c.equals(task.get(c.id()))) {
                v.add("7 constraints: " + c.id() + " reached " + m.receiver() + " changed");
            }
        }
        for (Constraint c : task.values()) {
            if (!lost.contains(c.id()) && !m.constraints().contains(c) && !m.promptConstraints().contains(c)) {
                v.add("7 constraints: " + c.id() + " missing at " + m.receiver() + " without a recorded loss");
            }
        }
    }

    private static void checkWrite(TraceEvent.StoreWritten w, List<String> v) {
        boolean stale = w.readVersion() < w.versionBefore();
        if (w.writer() == null) {
            v.add("10 observability: write to " + w.store() + " without a writer");
        }
        if (w.control() == ConcurrencyControl.NONE && stale != (w.result() == StoreWriteResult.LOST_UPDATE)) {
            v.add("6 stores: write to " + w.store() + "/" + w.key() + " stale=" + stale + " but recorded " + w.result());
        }
        if (w.control() == ConcurrencyControl.OPTIMISTIC && stale && w.result() == StoreWriteResult.APPLIED) {
            v.add("6 stores: optimistic write to " + w.store() + "/" + w.key() + " applied on a stale version");
        }
        boolean applied = w.result() == StoreWriteResult.APPLIED || w.result() == StoreWriteResult.LOST_UPDATE;
        if (applied && w.versionAfter() <= w.versionBefore()) {
            v.add("6 stores: applied write to " + w.store() + "/" + w.key() + " did not advance its version");
        }
    }
}
