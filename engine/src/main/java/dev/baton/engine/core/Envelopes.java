// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers turned into envelopes: the budget charge, the checks that make an answer a failed envelope (over budget,
 * crash, hang, malformed, broken output contract, illegal handoff, store conflict, failed tool), the model's tool
 * loop, the call's own deadline and cancellation; each settled envelope goes on to the pattern in
 * {@link Coordination} or to {@link Gates}.
 */
final class Envelopes {
    private final RunState s;

    Envelopes(RunState s) {
        this.s = s;
    }

    void onReply(int callId, AgentReply reply) {
        if (callId < 0 || callId >= s.calls.size()) {
            throw new IllegalArgumentException("reply for unknown call " + callId + " in run " + s.id);
        }
        Call c = s.calls.get(callId);
        if (c.settled) {
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, c.node.id, DecisionKind.LATE_REPLY_IGNORED, c.span,
                    "answer after the call was settled"));
            return;
        }
        if (c.purpose == CallPurpose.TOOL) {
            s.tools.onReply(c, reply);
            return;
        }
        NodePlan node = c.node;
        FailureKind failure = FailureKind.NONE;
        String reason = reply.reason();
        if (reply.exchange() != null) {
            c.exchange = reply.exchange();
            s.endpoints.replied(c, reply.exchange(), reason);
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
            c.toolRoundStart = s.calls.size();
            s.tools.start(c, reply);
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
        s.charge(c, used);
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
            String conflict = s.storeWrites.apply(c, reply);
            if (conflict != null) {
                failure = FailureKind.STORE_CONFLICT;
                reason = conflict;
            }
        }
        if (failure == FailureKind.NONE && !reply.toolCalls().isEmpty()) {
            c.reply = reply;
            s.tools.start(c, reply);
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
        NodePlan t = s.coordination.target(target);
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
            NodePlan validator = s.plan.nodes[v];
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
            s.cancelTimer(c.timerId);
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
        if (s.callEvents != null) {
            s.callEvents.envelopeReceived(s.now, c.span, c.node.index, failure);
        } else if (s.tracing) {
            s.trace.record(new TraceEvent.EnvelopeReceived(s.id, s.now, c.span, c.node.id, status, result, confidence,
                    reason, failure, c.chargedTokens, c.chargedCost, TrustLabel.AGENT_UNVERIFIED, handoffTo,
                    c.reportedInput, c.reportedOutput, c.exchange));
        }
        if (c.purpose == CallPurpose.WORK || c.purpose == CallPurpose.CONSULT) {
            s.coordination.subtaskReplied(c.subtask, c, reply, status, failure, reason);
        } else if (c.purpose == CallPurpose.VALIDATE) {
            s.gates.validatorReplied(c, reply, status, failure, reason);
        } else {
            s.coordination.coordinatorReplied(c, reply, status, failure, reason);
        }
    }

    /** The call's own deadline passed before its answer. */
    void timedOut(Call c) {
        if (c.settled) {
            return;
        }
        c.timerId = -1;
        if (c.purpose == CallPurpose.TOOL) {
            return;
        }
        if (c.reply == null) {
            s.charge(c, c.reservedTokens);
        } else if (c.reply.awaitsToolResults()) {
            s.charge(c, c.loopTokens);
        }
        s.endpoints.timedOut(c);
        s.tools.cancelOf(c);
        complete(c, null, FailureKind.TIMEOUT, "no answer from " + c.node.id + " within "
                + Reasons.duration(c.node.timeoutNanos));
    }

    void cancelCall(Call c, String reason) {
        c.settled = true;
        if (c.timerId >= 0) {
            s.cancelTimer(c.timerId);
        }
        if (c.purpose != CallPurpose.TOOL && (c.reply == null || c.reply.awaitsToolResults())) {
            s.charge(c, c.loopTokens);
        }
        if (s.callEvents != null) {
            s.callEvents.envelopeReceived(s.now, c.span, c.node.index, FailureKind.CANCELLED);
        } else if (s.tracing) {
            s.trace.record(new TraceEvent.EnvelopeReceived(s.id, s.now, c.span, c.node.id, EnvelopeStatus.FAILED,
                    null, 0.0, reason, FailureKind.CANCELLED, c.chargedTokens, c.chargedCost,
                    TrustLabel.AGENT_UNVERIFIED, null));
        }
    }

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
        } else if (s.modelCalls >= s.plan.maxCalls) {
            stop = (s.plan.maxCallsIsSafety ? "engine safety ceiling of " : "agent call cap ")
                    + Reasons.count(s.plan.maxCalls) + " agent calls reached in the tool loop of " + c.node.id;
        } else if (remaining <= 0) {
            stop = c.node.id + " used its whole budget of " + Reasons.count(c.reservedTokens) + " tokens in "
                    + (c.toolRounds + 1) + " rounds of its tool loop without answering with its envelope";
        }
        if (stop != null) {
            s.charge(c, c.loopTokens);
            complete(c, held, FailureKind.BUDGET, stop);
            return;
        }
        s.modelCalls++;
        c.toolRounds++;
        List<ToolRound.Result> results = new ArrayList<>(held.toolCalls().size());
        StringBuilder names = new StringBuilder();
        for (int i = c.toolRoundStart; i < s.calls.size(); i++) {
            Call tc = s.calls.get(i);
            if (tc.owner == c) {
                AgentReply r = tc.reply;
                results.add(new ToolRound.Result(tc.node.id, tc.request.input(), true, r.result(), ""));
                names.append(names.length() == 0 ? "" : ", ").append(tc.node.id);
            }
        }
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, c.node.id, DecisionKind.TOOL_ROUND, c.span, c.node.id
                + " answered with tool calls only (" + names + "); asked again with their results (round "
                + c.toolRounds + ", " + Reasons.count(remaining) + " tokens left)"));
        c.reply = null;
        c.request = c.request.nextRound(new ToolRound(c.toolRounds, held.exchange().toolContinuation(), results),
                remaining);
        s.out.invoke(c.request);
    }
}
