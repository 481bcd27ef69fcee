// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.TrustLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The state of one run and what every pattern shares: model calls with their budget reservation and caps, timers,
 * the prose constraints an answer carries on, and the single end of the run. Answers become envelopes in
 * {@link Envelopes}, retries go through {@link Retries}; the patterns' decisions live in {@link Coordination} (with
 * {@link HandoffChain}, {@link SubtaskFailures}, {@link PlannerRounds} and {@link Endings}), validation and
 * escalation in {@link Gates}, tool calls in {@link ToolCalls}, store writes in {@link StoreWrites}.
 */
final class RunState {
    private static final CircuitBreaker[] NO_BREAKERS = new CircuitBreaker[0];
    private static final boolean[] NO_FLAGS = new boolean[0];
    private static final Subtask[] NO_SUBTASKS = new Subtask[0];

    final RunPlan plan;
    final RunId id;
    final Object input;
    final TraceSink trace;
    /**
     * False for {@link TraceSink#NONE}: the events of every call and run (messages, envelopes, retries, start and
     * end) are then not even built.
     */
    final boolean tracing;
    /** The sink's observer of messages and envelopes, which then are not built as records; null for most sinks. */
    final CallObserver callEvents;
    final CommandSink out;
    final Coordination coordination;
    final Gates gates;
    final StoreWrites storeWrites;
    final ToolCalls tools;
    final EndpointBreakers endpoints;
    final Envelopes envelopes;
    final Retries retrying;
    /** Lent by the driver: the lists below and the objects in them are reused by its next run. */
    final RunMemory memory;
    final RunList<Call> calls;
    final RunList<Timer> timers;
    final RunList<Subtask> subtasks;
    final int[] invocations;
    final CircuitBreaker[] breakers;
    final boolean[] registryFailing;
    final Subtask[] registryHolder;
    final StoreTable stores;
    long now;
    long startTime;
    long nextSpan = 1;
    long tokensCharged;
    long tokensReserved;
    long costCharged;
    long costReserved;
    int hops;
    int modelCalls;
    int toolCalls;
    int retries;
    int replans;
    int escalations;
    int lostUpdates;
    int writeConflicts;
    int constraintsLost;
    int retriesBlocked;
    boolean finished;
    /** Set by the guard that stops the run, just before it ends it. */
    StopCause stopCause = StopCause.NONE;
    RunResult result;

    RunState(RunPlan plan, RunId id, Object input, TraceSink trace, CommandSink out, RunMemory memory) {
        this.plan = plan;
        this.id = id;
        this.input = input;
        this.trace = trace;
        this.tracing = trace != TraceSink.NONE;
        this.callEvents = trace.callObserver();
        this.out = out;
        this.memory = memory;
        memory.claim(this, plan.nodes.length);
        this.calls = memory.calls;
        this.timers = memory.timers;
        this.subtasks = memory.subtasks;
        this.invocations = memory.invocations();
        boolean tools = plan.toolCount > 0;
        this.breakers = tools ? new CircuitBreaker[plan.toolCount] : NO_BREAKERS;
        this.registryFailing = tools ? new boolean[plan.toolCount] : NO_FLAGS;
        this.registryHolder = tools ? new Subtask[plan.toolCount] : NO_SUBTASKS;
        this.stores = plan.storeCount == 0 ? null : new StoreTable(plan.storeCount);
        this.coordination = new Coordination(this);
        this.gates = new Gates(this);
        this.storeWrites = new StoreWrites(this);
        this.tools = new ToolCalls(this);
        this.endpoints = new EndpointBreakers(this);
        this.envelopes = new Envelopes(this);
        this.retrying = new Retries(this);
    }

    void intake() {
        hops = 1;
        NodePlan entry = plan.entry;
        ConstraintPassing passing = plan.start.delegatePassing[0];
        List<Constraint> typed = passing == ConstraintPassing.TYPED ? plan.constraints : List.of();
        List<Constraint> prose = passing == ConstraintPassing.TYPED ? List.of() : plan.constraints;
        if (entry.kind == NodeKind.ORCHESTRATOR || entry.kind == NodeKind.PLANNER) {
            coordination.begin(entry, typed, prose);
        } else {
            Subtask chain = newSubtask(null, CallPurpose.WORK, entry, input, typed, prose, TrustLabel.HUMAN, 0);
            chain.sender = plan.start;
            dispatch(chain);
        }
    }

    Subtask newSubtask(NodePlan parent, CallPurpose purpose, NodePlan at, Object in, List<Constraint> typed,
            List<Constraint> prose, TrustLabel trust, long parentSpan) {
        int index = subtasks.size();
        return subtasks.append().init(index, parent, purpose, at, in, typed, prose, trust, parentSpan);
    }

    /** A new call (numbered in order, with the next span) added to the run's calls. */
    Call newCall(NodePlan node, CallPurpose purpose, Subtask st, long parentSpan, int attempt) {
        int callId = calls.size();
        return calls.append().init(callId, node, purpose, st, nextSpan++, parentSpan, attempt);
    }

    // ---- calls and budgets ----

    void dispatch(Subtask st) {
        st.call = invoke(st.at, st.purpose, st, st.sender, st.input, st.constraints, st.prose, st.trust, st.attempt,
                st.parentSpan, List.of());
    }

    /** Starts a model call after reserving its maximum; ends the run instead when a cap or budget forbids it. */
    Call invoke(NodePlan node, CallPurpose purpose, Subtask st, NodePlan sender, Object payload,
            List<Constraint> typed, List<Constraint> prose, TrustLabel trust, int attempt, long parentSpan,
            List<SubtaskOutcome> outcomes) {
        if (finished) {
            return null;
        }
        EndpointBreakers.Endpoint endpoint = endpoints.of(node);
        if (endpoint != null && !endpoint.breaker.tryAcquire()) {
            return rejectAtEndpoint(node, purpose, st, sender, payload, typed, prose, trust, attempt, parentSpan,
                    endpoint);
        }
        long max = node.tokenMax;
        long maxCost = max * plan.limits.microUsdPerToken();
        if (modelCalls >= plan.maxCalls
                || plan.tokenCeiling >= 0 && max > plan.tokenCeiling - tokensCharged - tokensReserved
                || plan.costCeilingMicros >= 0 && maxCost > plan.costCeilingMicros - costCharged - costReserved) {
            refuse(node, max, maxCost);
            return null;
        }
        modelCalls++;
        tokensReserved += max;
        costReserved += maxCost;
        Call c = newCall(node, purpose, st, parentSpan, attempt);
        c.reservedTokens = max;
        c.reservedCost = maxCost;
        if (node.storeSlots.length > 0) {
            c.readVersions = new long[node.storeSlots.length];
            for (int i = 0; i < node.storeSlots.length; i++) {
                c.readVersions[i] = stores.version(node.storeSlots[i]);
            }
        }
        if (callEvents != null) {
            callEvents.messageSent(now, c.span, node.index, purpose);
        } else if (tracing) {
            trace.record(new TraceEvent.MessageSent(id, now, c.span, parentSpan, hops, sender.id, node.id, purpose,
                    attempt, typed, prose, payload, trust, max));
        }
        if (node.timeoutNanos >= 0) {
            c.timerId = startTimer(Timer.Kind.CALL_TIMEOUT, c, now + node.timeoutNanos);
        }
        c.request = new AgentCall(id, c.id, node.id, node.kind, purpose, invocations[node.index]++, payload, typed,
                prose, trust, hops, attempt, max, outcomes, c.span, null, node.index);
        out.invoke(c.request);
        return c;
    }

    /**
     * A call of a node whose model endpoint's breaker is open: it does not reach the adapter and reserves nothing;
     * it settles failed (with the time until the breaker half-opens as its retry hint) from a timer at once, so
     * that the caller sees it settle after {@code invoke} returned, like any other answer.
     */
    private Call rejectAtEndpoint(NodePlan node, CallPurpose purpose, Subtask st, NodePlan sender, Object payload,
            List<Constraint> typed, List<Constraint> prose, TrustLabel trust, int attempt, long parentSpan,
            EndpointBreakers.Endpoint endpoint) {
        Call c = newCall(node, purpose, st, parentSpan, attempt);
        c.rejectedBy = endpoint;
        c.dependencyFailure = endpoints.rejection(node, endpoint);
        if (callEvents != null) {
            callEvents.messageSent(now, c.span, node.index, purpose);
        } else if (tracing) {
            trace.record(new TraceEvent.MessageSent(id, now, c.span, parentSpan, hops, sender.id, node.id, purpose,
                    attempt, typed, prose, payload, trust, 0));
        }
        trace.record(new TraceEvent.DecisionMade(id, now, node.id, DecisionKind.BREAKER_REJECTED, c.span,
                c.dependencyFailure));
        c.timerId = startTimer(Timer.Kind.ENDPOINT_REJECTED, c, now);
        return c;
    }

    /**
     * Ends the run because a cap or budget forbids the call of {@code node}; kept out of {@link #invoke} so that the
     * hot path stays small enough for the JIT to inline.
     */
    private void refuse(NodePlan node, long max, long maxCost) {
        if (modelCalls >= plan.maxCalls) {
            stopCause = StopCause.CALL_CAP;
            kill(plan.maxCallsIsSafety
                    ? "engine safety ceiling of " + Reasons.count(plan.maxCalls) + " agent calls reached before "
                            + node.id + " could be invoked (the design sets no call cap)"
                    : "agent call cap " + Reasons.count(plan.maxCalls) + " reached before " + node.id
                            + " could be invoked", plan.maxCallsIsSafety);
            return;
        }
        if (plan.tokenCeiling >= 0 && max > plan.tokenCeiling - tokensCharged - tokensReserved) {
            stopCause = StopCause.TOKEN_CEILING;
            kill("token ceiling " + Reasons.count(plan.tokenCeiling) + " would be exceeded by " + node.id + " (max "
                    + Reasons.count(max) + (node.tokenMaxDefaulted ? ", the engine default: it sets no token budget"
                            : "") + ", remaining " + Reasons.count(plan.tokenCeiling - tokensCharged - tokensReserved)
                    + ")", false);
            return;
        }
        if (plan.costCeilingMicros >= 0 && maxCost > plan.costCeilingMicros - costCharged - costReserved) {
            stopCause = StopCause.COST_CEILING;
            kill("cost ceiling " + Reasons.usd(plan.costCeilingMicros) + " would be exceeded by " + node.id
                    + " (max " + Reasons.usd(maxCost) + ", remaining "
                    + Reasons.usd(plan.costCeilingMicros - costCharged - costReserved) + ")", false);
            return;
        }
    }

    private void kill(String reason, boolean safety) {
        finish(Outcome.ABORTED, reason, null, TrustLabel.AGENT_UNVERIFIED, false, safety);
    }

    void charge(Call c, long tokens) {
        long cost = tokens * plan.limits.microUsdPerToken();
        tokensReserved -= c.reservedTokens;
        costReserved -= c.reservedCost;
        tokensCharged += tokens;
        costCharged += cost;
        c.chargedTokens = tokens;
        c.chargedCost = cost;
    }

    // ---- timers ----

    int startTimer(Timer.Kind kind, Object subject, long at) {
        int timerId = timers.size();
        Timer t = timers.append().init(timerId, kind, subject);
        out.startTimer(t.id, at);
        return t.id;
    }

    void cancelTimer(int timerId) {
        Timer t = timers.get(timerId);
        if (t.active) {
            t.active = false;
            out.cancelTimer(timerId);
        }
    }

    void onTimer(int timerId) {
        if (timerId < 0 || timerId >= timers.size()) {
            throw new IllegalArgumentException("unknown timer " + timerId + " in run " + id);
        }
        Timer t = timers.get(timerId);
        if (!t.active) {
            return;
        }
        t.active = false;
        switch (t.kind) {
            case RUN_DEADLINE:
                coordination.endings.deadlinePassed();
                break;
            case CALL_TIMEOUT:
                envelopes.timedOut((Call) t.subject);
                break;
            case RETRY:
                dispatch((Subtask) t.subject);
                break;
            case COORDINATOR_RETRY:
                coordination.recallCoordinator();
                break;
            case ENDPOINT_BREAKER_OPEN:
                endpoints.openElapsed((EndpointBreakers.Endpoint) t.subject);
                break;
            case ENDPOINT_REJECTED:
                Call rejected = (Call) t.subject;
                rejected.timerId = -1;
                if (!rejected.settled) {
                    charge(rejected, 0);
                    envelopes.complete(rejected,
                            endpoints.rejectedReply(rejected.rejectedBy, rejected.dependencyFailure),
                            FailureKind.DEPENDENCY, rejected.dependencyFailure);
                }
                break;
            case BREAKER_OPEN:
                NodePlan tool = (NodePlan) t.subject;
                CircuitBreaker br = breakers[tool.slot];
                BreakerState before = br.state;
                tools.breakerMoved(tool, before, br.onOpenElapsed());
                break;
            case VALIDATOR_RETRY:
                gates.retryValidator((Gate) t.subject);
                break;
            case ESCALATION:
                Escalation e = (Escalation) t.subject;
                e.timerId = -1;
                onEscalationAnswered(e.id, e.human == null ? null : gates.defaultDecision(e), true);
                break;
            default:
                throw new AssertionError("unhandled " + t.kind);
        }
    }

    void onEscalationAnswered(int escalation, dev.baton.model.spec.HumanDecision decision, boolean byDefault) {
        gates.escalationAnswered(escalation, decision, byDefault);
    }

    // ---- constraints ----

    /** The prose constraints an answer carries on; the others are lost (traced). */
    List<Constraint> carried(List<Constraint> prose, Set<String> restated, long span, NodePlan at, NodePlan to) {
        if (prose.isEmpty() || restated == null) {
            return prose;
        }
        List<Constraint> kept = new ArrayList<>(prose.size());
        for (Constraint c : prose) {
            if (restated.contains(c.id())) {
                kept.add(c);
            } else {
                constraintsLost++;
                trace.record(new TraceEvent.ConstraintLost(id, now, span, c.id(), at.id, idOf(to)));
            }
        }
        return List.copyOf(kept);
    }

    private static NodeId idOf(NodePlan n) {
        return n == null ? null : n.id;
    }

    // ---- the end ----

    void finish(Outcome outcome, String reason, Object value, TrustLabel trust, boolean validated, boolean safety) {
        if (finished) {
            return;
        }
        finished = true;
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            if (!c.settled) {
                envelopes.cancelCall(c, "cancelled: the run ended (" + outcome.jsonName() + ")");
            }
        }
        for (int i = 0; i < timers.size(); i++) {
            Timer t = timers.get(i);
            if (t.active) {
                t.active = false;
                out.cancelTimer(t.id);
            }
        }
        int trips = 0;
        for (CircuitBreaker br : breakers) {
            trips += br == null ? 0 : br.trips;
        }
        if (tracing) {
            trace.record(new TraceEvent.RunFinished(id, now, outcome, reason, value, trust, validated, tokensCharged,
                    costCharged, hops, modelCalls));
        }
        result = new RunResult(id, outcome, reason, value, trust, validated, now, tokensCharged, costCharged, hops,
                modelCalls, toolCalls, retries, replans, escalations, trips, lostUpdates, writeConflicts,
                constraintsLost, retriesBlocked, safety, stopCause);
        out.finished(result);
    }
}
