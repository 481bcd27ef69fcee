// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import java.util.List;

/**
 * A piece of work with an accountable parent: a delegated subtask, a consult, or (parent null) the task itself
 * travelling along a handoff chain. It ends exactly once, with an explicit envelope. Instances are reused across
 * runs through {@link RunMemory}: {@link #init} sets every field, and a new field must be set there too
 * ({@code RunMemoryTest} checks it).
 */
final class Subtask {
    int index;
    /** The accountable coordinator (orchestrator or planner); null for the handoff chain. */
    NodePlan parent;
    CallPurpose purpose;
    NodePlan at;
    /** Where the subtask was delegated (it may since have been handed off or re-routed). */
    NodePlan origin;
    /** The node that sent the current message (the parent, the start node, or the agent that handed off). */
    NodePlan sender;
    /** A validator asked for a re-plan: the parent re-plans whatever its failure policy says. */
    boolean forceReplan;
    Object input;
    List<Constraint> constraints;
    List<Constraint> prose;
    TrustLabel trust;
    long parentSpan;
    int attempt;
    Call call;
    boolean settled;
    boolean superseded;
    boolean needsReplan;
    boolean accepted;
    boolean verified;
    EnvelopeStatus status;
    Object result;
    double confidence;
    String reason;
    FailureKind failure;
    /** The answer that failed the last attempt (its Retry-After bounds the next); null if none or no answer. */
    AgentReply lastReply;
    /** The tool whose failure failed the last attempt; null if none. */
    NodePlan failedDependency;
    /** The best result seen along a handoff chain, for an owner who completes with a partial result. */
    Object best;
    /** Delegate targets already tried (re-route), as a bit set of node indexes below 64 plus overflow. */
    long tried;

    Subtask init(int number, NodePlan accountable, CallPurpose why, NodePlan to, Object in, List<Constraint> typed,
            List<Constraint> promptOnly, TrustLabel label, long parentSpanId) {
        index = number;
        parent = accountable;
        purpose = why;
        at = to;
        origin = to;
        sender = null;
        forceReplan = false;
        input = in;
        constraints = typed;
        prose = promptOnly;
        trust = label;
        parentSpan = parentSpanId;
        attempt = 1;
        call = null;
        settled = false;
        superseded = false;
        needsReplan = false;
        accepted = false;
        verified = false;
        status = null;
        result = null;
        confidence = 0.0;
        reason = "";
        failure = FailureKind.NONE;
        lastReply = null;
        failedDependency = null;
        best = null;
        tried = 0;
        markTried(to);
        return this;
    }

    void markTried(NodePlan n) {
        if (n.index < 64) {
            tried |= 1L << n.index;
        }
    }

    boolean wasTried(NodePlan n) {
        return n.index < 64 && (tried & (1L << n.index)) != 0;
    }

    SubtaskOutcome outcome() {
        return new SubtaskOutcome(index, at.id, status, result, confidence, reason);
    }
}
