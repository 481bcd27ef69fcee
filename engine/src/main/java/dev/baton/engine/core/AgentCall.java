// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.TrustLabel;
import java.util.List;

/**
 * One invocation the engine asks a driver to make: of an agent, orchestrator, planner or validator (a model
 * call), or of a tool. Immutable.
 *
 * @param run the run this call belongs to
 * @param callId the call's number within the run; the reply must carry it back
 * @param node the node invoked
 * @param purpose why it is invoked
 * @param invocation how many times this node was invoked before in this run (0 for the first call); scripted
 *     agents answer the n-th invocation with their n-th reply
 * @param input the payload (task input, subtask input, the output to validate, the tool input); may be null
 * @param constraints the typed constraints that reached this node, verbatim
 * @param promptConstraints constraints that reached it only as prose (a summary may drop them)
 * @param trust the trust label of the input
 * @param hop the task's hop count when the call was made
 * @param attempt 1 for the first attempt, 2 for the first retry, ...
 * @param maxTokens the tokens reserved for the call; an adapter must not let the model use more
 * @param outcomes the settled subtasks, for {@link CallPurpose#SYNTHESIZE}, {@link CallPurpose#REPLAN} and
 *     {@link CallPurpose#REVIEW}; empty otherwise
 * @param span the call's span id within the run's trace
 * @param toolRound the results of the tools the model asked for in the previous round of this call; null on the
 *     first round
 * @param nodeIndex the node's position in the design (its {@link NodePlan#index()}), so that a behaviour can keep
 *     per-node state in arrays instead of looking the id up on every call; -1 when the caller does not know it
 */
public record AgentCall(RunId run, int callId, NodeId node, NodeKind kind, CallPurpose purpose, int invocation,
        Object input, List<Constraint> constraints, List<Constraint> promptConstraints, TrustLabel trust, int hop,
        int attempt, long maxTokens, List<SubtaskOutcome> outcomes, long span, ToolRound toolRound, int nodeIndex) {

    /** A call whose node index is not known ({@code nodeIndex} -1). */
    public AgentCall(RunId run, int callId, NodeId node, NodeKind kind, CallPurpose purpose, int invocation,
            Object input, List<Constraint> constraints, List<Constraint> promptConstraints, TrustLabel trust, int hop,
            int attempt, long maxTokens, List<SubtaskOutcome> outcomes, long span, ToolRound toolRound) {
        this(run, callId, node, kind, purpose, invocation, input, constraints, promptConstraints, trust, hop, attempt,
                maxTokens, outcomes, span, toolRound, -1);
    }

    /** The first round of a call. */
    public AgentCall(RunId run, int callId, NodeId node, NodeKind kind, CallPurpose purpose, int invocation,
            Object input, List<Constraint> constraints, List<Constraint> promptConstraints, TrustLabel trust, int hop,
            int attempt, long maxTokens, List<SubtaskOutcome> outcomes, long span) {
        this(run, callId, node, kind, purpose, invocation, input, constraints, promptConstraints, trust, hop, attempt,
                maxTokens, outcomes, span, null);
    }

    /** The next round of this call, with the tools' results and {@code remainingTokens} left of its reservation. */
    public AgentCall nextRound(ToolRound round, long remainingTokens) {
        return new AgentCall(run, callId, node, kind, purpose, invocation, input, constraints, promptConstraints,
                trust, hop, attempt, remainingTokens, outcomes, span, round, nodeIndex);
    }
}
