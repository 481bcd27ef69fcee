// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The state of one run and the mechanics every pattern shares: calls with budget reservation, replies turned into
 * envelopes, tool calls behind breakers, store writes under their concurrency control, retries from the shared
 * budget and the error registry, timers, and the single end of the run. The patterns' decisions live in
 * {@link Coordination} (with {@link PlannerRounds} and {@link Endings}), validation and escalation in {@link Gates},
 * tool calls in {@link ToolCalls}, store writes in {@link StoreWrites}.
 */
final class RunState {
    private static final CircuitBreaker[] NO_BREAKERS = new CircuitBreaker[0];
    private static final boolean[] NO_FLAGS = new boolean[0];
    private static final Subtask[] NO_SUBTASKS = new Subtask[0];

    final RunPlan plan;
    final RunId id;
    final Object input;
    final TraceSink trace;
    /** False for {@link TraceSink#NONE}: messages and envelopes are then not even built (Monte Carlo). */
    final boolean tracing;
    final CommandSink out;
    final Coordination coordination;
    final Gates gates;
    final StoreWrites storeWrites;
    final ToolCalls tools;
    final EndpointBreakers endpoints;
    /** Lent by the driver: the lists below and the objects in them are reused by its next run. */
    final RunMemory memory;
    final ArrayList<Call> calls;
    final ArrayList<Timer> timers;
    final ArrayList<Subtask> subtasks;
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
        Subtask st = memory.subtask(subtasks.size()).init(subtasks.size(), parent, purpose, at, in, typed, prose,
                trust, parentSpan);
        subtasks.add(st);
        return st;
    }

    /** A new call (numbered in order, with the next span) added to the run's calls. */
    Call newCall(NodePlan node, CallPurpose purpose, Subtask st, long parentSpan, int attempt) {
        Call c = memory.call(calls.size()).init(calls.size(), node, purpose, st, nextSpan++, parentSpan, attempt);
        calls.add(c);
        return c;
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
        if (modelCalls >= plan.maxCalls) {
            stopCause = StopCause.CALL_CAP;
            kill(plan.maxCallsIsSafety
                    ? "engine safety ceiling of " + Reasons.count(plan.maxCalls) + " agent calls reached before "
                            + node.id + " could be invoked (the design sets no call cap)"
                    : "agent call cap " + Reasons.count(plan.maxCalls) + " reached before " + node.id
                            + " could be invoked", plan.maxCallsIsSafety);
            return null;
        }
        if (plan.tokenCeiling >= 0 && max > plan.tokenCeiling - tokensCharged - tokensReserved) {
            stopCause = StopCause.TOKEN_CEILING;
            kill("token ceiling " + Reasons.count(plan.tokenCeiling) + " would be exceeded by " + node.id + " (max "
                    + Reasons.count(max) + (node.tokenMaxDefaulted ? ", the engine default: it sets no token budget"
                            : "") + ", remaining " + Reasons.count(plan.tokenCeiling - tokensCharged - tokensReserved)
                    + ")", false);
            return null;
        }
        if (plan.costCeilingMicros >= 0 && maxCost > plan.costCeilingMicros - costCharged - costReserved) {
            stopCause = StopCause.COST_CEILING;
            kill("cost ceiling " + Reasons.usd(plan.costCeilingMicros) + " would be exceeded by " + node.id
                    + " (max " + Reasons.usd(maxCost) + ", remaining "
                    + Reasons.usd(plan.costCeilingMicros - costCharged - costReserved) + ")", false);
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
        if (tracing) {
            trace.record(new TraceEvent.MessageSent(id, now, c.span, parentSpan, hops, sender.id, node.id, purpose,
                    attempt, typed, prose, payload, trust, max));
        }
        if (node.timeoutNanos >= 0) {
            c.timerId = startTimer(Timer.Kind.CALL_TIMEOUT, c, now + node.timeoutNanos);
        }
        c.request = new AgentCall(id, c.id, node.id, node.kind, purpose, invocations[node.index]++, payload, typed,
                prose, trust, hops, attempt, max, outcomes, c.span);
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
        if (tracing) {
            trace.record(new TraceEvent.MessageSent(id, now, c.span, parentSpan, hops, sender.id, node.id, purpose,
                    attempt, typed, prose, payload, trust, 0));
        }
        trace.record(new TraceEvent.DecisionMade(id, now, node.id, DecisionKind.BREAKER_REJECTED, c.span,
                c.dependencyFailure));
        c.timerId = startTimer(Timer.Kind.ENDPOINT_REJECTED, c, now);
        return c;
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

    // ---- replies ----

    void onReply(int callId, AgentReply reply) {
        if (callId < 0 || callId >= calls.size()) {
            throw new IllegalArgumentException("reply for unknown call " + callId + " in run " + id);
        }
        Call c = calls.get(callId);
        if (c.settled) {
            trace.record(new TraceEvent.DecisionMade(id, now, c.node.id, DecisionKind.LATE_REPLY_IGNORED, c.span,
                    "answer after the call was settled"));
            return;
        }
        if (c.purpose == CallPurpose.TOOL) {
            tools.onReply(c, reply);
            return;
        }
        NodePlan node = c.node;
        FailureKind failure = FailureKind.NONE;
        String reason = reply.reason();
        if (reply.exchange() != null) {
            c.exchange = reply.exchange();
            endpoints.replied(c, reply.exchange(), reason);
        }
        c.reportedInput += reply.inputTokens();
        c.reportedOutput += reply.outputTokens();
        long used = c.loopTokens + reply.totalTokens();
        if (used > c.reservedTokens) {
            failure = FailureKind.BUDGET;
            reason = node.id + " used " + Reasons.count(used) + " tokens, more than its budget of "
                    + Reasons.count(c.reservedTokens) + (c.toolRounds > 0 ? " over " + (c.toolRounds + 1)
                            + " rounds of its tool loop" : "") + " (answer truncated)";
            used = c.reservedTokens;
        }
        if (failure == FailureKind.NONE && reply.awaitsToolResults() && reply.kind() == ReplyKind.SUCCESS) {
            // Tool calls only: the model waits for their results; the call goes on with the reservation it holds.
            c.loopTokens = used;
            c.reply = reply;
            c.toolRoundStart = calls.size();
            tools.start(c, reply);
            if (c.pendingTools > 0) {
                return;
            }
            if (c.dependencyFailure == null) {
                nextToolRound(c);
                return;
            }
            failure = FailureKind.DEPENDENCY;
            reason = c.dependencyFailure;
        }
        charge(c, used);
        if (failure == FailureKind.NONE) {
            ReplyKind kind = reply.kind();
            if (kind == ReplyKind.SUCCESS || kind == ReplyKind.PARTIAL) {
                if (node.outputContract != null && (c.purpose == CallPurpose.WORK || c.purpose == CallPurpose.CONSULT)) {
                    String violation = ContractCheck.violation(node.outputContract, reply.result());
                    if (violation != null) {
                        failure = FailureKind.CONTRACT;
                        reason = "result breaks the output contract of " + node.id + ": " + violation;
                    }
                }
            } else if (kind == ReplyKind.FAILED) {
                failure = FailureKind.REPORTED;
                reason = reason.isEmpty() ? node.id + " reported a failure" : reason;
            } else if (kind == ReplyKind.CRASH) {
                failure = FailureKind.CRASH;
                reason = node.id + " crashed without an answer" + (reason.isEmpty() ? "" : " (" + reason + ")");
            } else if (kind == ReplyKind.HANG) {
                failure = FailureKind.TIMEOUT;
                reason = node.id + " hung" + (reason.isEmpty() ? "" : " (" + reason + ")");
            } else if (kind == ReplyKind.MALFORMED) {
                failure = FailureKind.MALFORMED;
                reason = node.id + " answered with a malformed envelope" + (reason.isEmpty() ? "" : " (" + reason + ")");
            } else if (kind == ReplyKind.HANDOFF) {
                String illegal = handoffViolation(c, reply.target());
                if (illegal != null) {
                    failure = FailureKind.ILLEGAL_HANDOFF;
                    reason = illegal;
                }
            } else {
                throw new AssertionError("unhandled " + kind);
            }
        }
        if (failure == FailureKind.NONE && !reply.writes().isEmpty()) {
            String conflict = storeWrites.apply(c, reply);
            if (conflict != null) {
                failure = FailureKind.STORE_CONFLICT;
                reason = conflict;
            }
        }
        if (failure == FailureKind.NONE && !reply.toolCalls().isEmpty()) {
            c.reply = reply;
            tools.start(c, reply);
            if (c.pendingTools > 0) {
                return;
            }
            if (c.dependencyFailure != null) {
                failure = FailureKind.DEPENDENCY;
                reason = c.dependencyFailure;
            }
        }
        complete(c, reply, failure, reason);
    }

    private String handoffViolation(Call c, NodeId target) {
        if (c.purpose != CallPurpose.WORK) {
            return c.node.id + " handed off to " + target + ", but only an agent working on a task can hand off";
        }
        NodePlan t = coordination.target(target);
        if (t == null || handoffEdge(c.node, t) == null) {
            return c.node.id + " handed off to " + target + ", which is not one of its handoff targets";
        }
        return null;
    }

    /** The passing of the handoff edge from {@code from} (or a validator it passes through) to {@code to}. */
    ConstraintPassing handoffEdge(NodePlan from, NodePlan to) {
        int i = NodePlan.find(from.handoffs, to.index);
        if (i >= 0) {
            return from.handoffPassing[i];
        }
        for (int v : from.validators) {
            NodePlan validator = plan.nodes[v];
            int j = NodePlan.find(validator.handoffs, to.index);
            if (j >= 0) {
                return validator.handoffPassing[j];
            }
        }
        return null;
    }

    /** Settles a model call with its envelope and routes it to the pattern. */
    void complete(Call c, AgentReply reply, FailureKind failure, String reason) {
        c.settled = true;
        c.reply = null;
        if (c.timerId >= 0) {
            cancelTimer(c.timerId);
        }
        EnvelopeStatus status;
        Object result = null;
        double confidence = 0.0;
        if (failure != FailureKind.NONE) {
            status = EnvelopeStatus.FAILED;
        } else {
            status = reply.kind() == ReplyKind.PARTIAL ? EnvelopeStatus.PARTIAL : EnvelopeStatus.SUCCESS;
            result = reply.result();
            confidence = reply.confidence();
        }
        NodeId handoffTo = failure == FailureKind.NONE && reply.kind() == ReplyKind.HANDOFF ? reply.target() : null;
        if (tracing) {
            trace.record(new TraceEvent.EnvelopeReceived(id, now, c.span, c.node.id, status, result, confidence, reason,
                    failure, c.chargedTokens, c.chargedCost, TrustLabel.AGENT_UNVERIFIED, handoffTo, c.reportedInput,
                    c.reportedOutput, c.exchange));
        }
        if (c.purpose == CallPurpose.WORK || c.purpose == CallPurpose.CONSULT) {
            coordination.subtaskReplied(c.subtask, c, reply, status, failure, reason);
        } else if (c.purpose == CallPurpose.VALIDATE) {
            gates.validatorReplied(c, status, reason);
        } else {
            coordination.coordinatorReplied(c, reply, status, failure, reason);
        }
    }

    private void callTimedOut(Call c) {
        if (c.settled) {
            return;
        }
        c.timerId = -1;
        if (c.purpose == CallPurpose.TOOL) {
            return;
        }
        if (c.reply == null) {
            charge(c, c.reservedTokens);
        } else if (c.reply.awaitsToolResults()) {
            charge(c, c.loopTokens);
        }
        endpoints.timedOut(c);
        tools.cancelOf(c);
        complete(c, null, FailureKind.TIMEOUT, "no answer from " + c.node.id + " within "
                + Reasons.duration(c.node.timeoutNanos));
    }

    void cancelCall(Call c, String reason) {
        c.settled = true;
        if (c.timerId >= 0) {
            cancelTimer(c.timerId);
        }
        if (c.purpose != CallPurpose.TOOL && (c.reply == null || c.reply.awaitsToolResults())) {
            charge(c, c.loopTokens);
        }
        if (tracing) {
            trace.record(new TraceEvent.EnvelopeReceived(id, now, c.span, c.node.id, EnvelopeStatus.FAILED, null, 0.0,
                    reason, FailureKind.CANCELLED, c.chargedTokens, c.chargedCost, TrustLabel.AGENT_UNVERIFIED, null));
        }
    }

    // ---- tool loop ----

    /**
     * All tools of a tool-calls-only answer succeeded: asks the model again, in the same call (its span, its
     * reservation, its deadline), with their results. Each round counts as an agent call; the loop ends when the
     * model answers with an envelope, or fails the call at the call cap, when the reservation is used up, or after
     * {@link EngineLimits#MAX_TOOL_ROUNDS} rounds.
     */
    void nextToolRound(Call c) {
        AgentReply held = c.reply;
        String stop = null;
        long remaining = c.reservedTokens - c.loopTokens;
        if (c.toolRounds >= EngineLimits.MAX_TOOL_ROUNDS) {
            stop = c.node.id + " asked for tools " + (c.toolRounds + 1) + " times without answering with its envelope"
                    + " (engine safety ceiling of " + EngineLimits.MAX_TOOL_ROUNDS + " tool rounds per call)";
        } else if (modelCalls >= plan.maxCalls) {
            stop = (plan.maxCallsIsSafety ? "engine safety ceiling of " : "agent call cap ")
                    + Reasons.count(plan.maxCalls) + " agent calls reached in the tool loop of " + c.node.id;
        } else if (remaining <= 0) {
            stop = c.node.id + " used its whole budget of " + Reasons.count(c.reservedTokens) + " tokens in "
                    + (c.toolRounds + 1) + " rounds of its tool loop without answering with its envelope";
        }
        if (stop != null) {
            charge(c, c.loopTokens);
            complete(c, held, FailureKind.BUDGET, stop);
            return;
        }
        modelCalls++;
        c.toolRounds++;
        List<ToolRound.Result> results = new ArrayList<>(held.toolCalls().size());
        StringBuilder names = new StringBuilder();
        for (int i = c.toolRoundStart; i < calls.size(); i++) {
            Call tc = calls.get(i);
            if (tc.owner == c) {
                AgentReply r = tc.reply;
                results.add(new ToolRound.Result(tc.node.id, tc.request.input(), true, r.result(), ""));
                names.append(names.length() == 0 ? "" : ", ").append(tc.node.id);
            }
        }
        trace.record(new TraceEvent.DecisionMade(id, now, c.node.id, DecisionKind.TOOL_ROUND, c.span, c.node.id
                + " answered with tool calls only (" + names + "); asked again with their results (round "
                + c.toolRounds + ", " + Reasons.count(remaining) + " tokens left)"));
        c.reply = null;
        c.request = c.request.nextRound(new ToolRound(c.toolRounds, held.exchange().toolContinuation(), results),
                remaining);
        out.invoke(c.request);
    }

    // ---- retries ----

    /** The backoff before a retry: the policy's, or longer when the endpoint asked to wait (Retry-After). */
    static long retryDelay(long policyDelay, AgentReply reply) {
        return Math.max(policyDelay, reply == null ? -1 : reply.retryAfterNanos());
    }

    /**
     * Null when a retry can wait as long as the endpoint asked before the run's deadline (or it asked nothing
     * longer than the policy's backoff); else why the retry is not made, to append to the reason.
     */
    String retryDoesNotFit(long policyDelay, AgentReply reply) {
        long hint = reply == null ? -1 : reply.retryAfterNanos();
        long left = startTime + plan.runTimeoutNanos - now;
        if (hint <= policyDelay || hint < left) {
            return null;
        }
        boolean rateLimited = reply.exchange().failure() == AdapterFailure.RATE_LIMITED;
        return "; not retried: " + (rateLimited ? "the server's Retry-After of " + Reasons.duration(hint)
                : "the endpoint's breaker lets a probe through only in " + Reasons.duration(hint))
                + " does not fit before the run deadline (" + Reasons.duration(Math.max(0, left)) + " left)";
    }

    /**
     * Retries a subtask if the shared retry budget and the error registry allow it; {@code delay} is the backoff.
     * Returns false (and appends why to the subtask's reason) when they do not.
     */
    boolean retry(Subtask st, long delay) {
        NodePlan dep = st.failedDependency;
        if (plan.retryBudget >= 0 && dep != null && dep.slot >= 0 && registryFailing[dep.slot]) {
            Subtask holder = registryHolder[dep.slot];
            if (holder != null && holder != st && !holder.settled) {
                retriesBlocked++;
                st.reason = st.reason + "; retry blocked: " + dep.id + " is failing and subtask " + holder.index
                        + " at " + holder.at.id + " is already retrying it (error registry)";
                trace.record(new TraceEvent.DecisionMade(id, now, st.at.id, DecisionKind.RETRY_BLOCKED,
                        st.parentSpan, st.reason));
                return false;
            }
        }
        if (!drawRetry()) {
            retriesBlocked++;
            st.reason = st.reason + "; shared retry budget of " + plan.retryBudget + " exhausted";
            trace.record(new TraceEvent.DecisionMade(id, now, st.at.id, DecisionKind.RETRY_BLOCKED, st.parentSpan,
                    st.reason));
            return false;
        }
        if (plan.retryBudget >= 0 && dep != null && dep.slot >= 0) {
            registryHolder[dep.slot] = st;
        }
        st.attempt++;
        trace.record(new TraceEvent.DecisionMade(id, now, st.at.id, DecisionKind.RETRY, st.parentSpan,
                "attempt " + st.attempt + " after: " + st.reason));
        if (delay <= 0) {
            dispatch(st);
        } else {
            startTimer(Timer.Kind.RETRY, st, now + delay);
        }
        return true;
    }

    /** Takes one retry from the shared budget; false when it is spent. Unset budget = unlimited. */
    boolean drawRetry() {
        if (plan.retryBudget >= 0 && retries >= plan.retryBudget) {
            return false;
        }
        retries++;
        return true;
    }

    // ---- timers ----

    int startTimer(Timer.Kind kind, Object subject, long at) {
        Timer t = memory.timer(timers.size()).init(timers.size(), kind, subject);
        timers.add(t);
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
                callTimedOut((Call) t.subject);
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
                    complete(rejected, endpoints.rejectedReply(rejected.rejectedBy, rejected.dependencyFailure),
                            FailureKind.DEPENDENCY, rejected.dependencyFailure);
                }
                break;
            case BREAKER_OPEN:
                NodePlan tool = (NodePlan) t.subject;
                CircuitBreaker br = breakers[tool.slot];
                BreakerState before = br.state;
                tools.breakerMoved(tool, before, br.onOpenElapsed());
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
                cancelCall(c, "cancelled: the run ended (" + outcome.jsonName() + ")");
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
        trace.record(new TraceEvent.RunFinished(id, now, outcome, reason, value, trust, validated, tokensCharged,
                costCharged, hops, modelCalls));
        result = new RunResult(id, outcome, reason, value, trust, validated, now, tokensCharged, costCharged, hops,
                modelCalls, toolCalls, retries, replans, escalations, trips, lostUpdates, writeConflicts,
                constraintsLost, retriesBlocked, safety, stopCause);
        out.finished(result);
    }
}
