// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.script.ReplyKind;
import java.util.List;
import java.util.Set;

/**
 * What a node answered, before the engine checks it: the raw material of a status envelope. The engine turns a
 * crash, a hang, a malformed answer or a result that breaks the output contract into a {@code failed} envelope.
 *
 * <p>Orchestrators name subtasks in {@code subtasks}; planners name the specialists to consult there (an empty,
 * non-null list from a planner declares its plan complete); agents ask for tool calls in {@code toolCalls} and
 * write stores in {@code writes}; {@code restatedConstraints} lists the ids of prose-passed constraints the answer
 * carries on (null = all of them).
 *
 * @param latencyNanos how long the call took; used by the virtual-time driver to schedule the answer
 * @param target the handoff target; required for {@link ReplyKind#HANDOFF}
 * @param subtasks nullable; null = the default plan
 * @param toolCalls never null
 * @param writes never null
 * @param restatedConstraints nullable; null = every prose constraint is carried on
 * @param exchange what a remote adapter learned from the model endpoint (typed failure, Retry-After, models,
 *     finish reasons, a pending tool loop); null for scripted and simulated replies
 */
public record AgentReply(ReplyKind kind, Object result, double confidence, String reason, long inputTokens,
        long outputTokens, long latencyNanos, NodeId target, List<SubtaskRequest> subtasks,
        List<ToolCallRequest> toolCalls, List<StoreWriteRequest> writes, Set<String> restatedConstraints,
        ModelExchange exchange) {

    public AgentReply {
        // Plain checks, not Require: this constructor is on the hot path of every call.
        if (kind == null || reason == null || toolCalls == null || writes == null) {
            throw new NullPointerException("reply " + (kind == null ? "kind" : reason == null ? "reason"
                    : toolCalls == null ? "toolCalls" : "writes") + " must not be null");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("reply confidence must be between 0 and 1, but was " + confidence);
        }
        if (inputTokens < 0 || outputTokens < 0 || latencyNanos < 0) {
            throw new IllegalArgumentException("reply inputTokens, outputTokens and latencyNanos must be >= 0, but were "
                    + inputTokens + ", " + outputTokens + ", " + latencyNanos);
        }
        if (kind == ReplyKind.HANDOFF && target == null) {
            throw new IllegalArgumentException("a handoff reply must name its target");
        }
    }

    /** A reply without a model exchange (scripted, simulated, a process). */
    public AgentReply(ReplyKind kind, Object result, double confidence, String reason, long inputTokens,
            long outputTokens, long latencyNanos, NodeId target, List<SubtaskRequest> subtasks,
            List<ToolCallRequest> toolCalls, List<StoreWriteRequest> writes, Set<String> restatedConstraints) {
        this(kind, result, confidence, reason, inputTokens, outputTokens, latencyNanos, target, subtasks, toolCalls,
                writes, restatedConstraints, null);
    }

    /** A success with no tool calls, writes or plan. */
    public static AgentReply success(Object result, double confidence, long inputTokens, long outputTokens,
            long latencyNanos) {
        return new AgentReply(ReplyKind.SUCCESS, result, confidence, "", inputTokens, outputTokens, latencyNanos,
                null, null, List.of(), List.of(), null);
    }

    /** An answer of the given kind with a reason and no result. */
    public static AgentReply of(ReplyKind kind, String reason, long inputTokens, long outputTokens,
            long latencyNanos) {
        return new AgentReply(kind, null, 0.0, reason, inputTokens, outputTokens, latencyNanos, null, null,
                List.of(), List.of(), null);
    }

    /** A handoff to {@code target}, carrying {@code result} as the payload. */
    public static AgentReply handoff(NodeId target, Object result, long inputTokens, long outputTokens,
            long latencyNanos) {
        return new AgentReply(ReplyKind.HANDOFF, result, 1.0, "", inputTokens, outputTokens, latencyNanos, target,
                null, List.of(), List.of(), null);
    }

    /** An orchestrator's (or planner's) answer naming its subtasks. */
    public static AgentReply plan(List<SubtaskRequest> subtasks, Object result, double confidence,
            long inputTokens, long outputTokens, long latencyNanos) {
        return new AgentReply(ReplyKind.SUCCESS, result, confidence, "", inputTokens, outputTokens, latencyNanos,
                null, List.copyOf(subtasks), List.of(), List.of(), null);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public AgentReply withToolCalls(List<ToolCallRequest> calls) {
        return new AgentReply(kind, result, confidence, reason, inputTokens, outputTokens, latencyNanos, target,
                subtasks, List.copyOf(calls), writes, restatedConstraints, exchange);
    }

    public AgentReply withWrites(List<StoreWriteRequest> value) {
        return new AgentReply(kind, result, confidence, reason, inputTokens, outputTokens, latencyNanos, target,
                subtasks, toolCalls, List.copyOf(value), restatedConstraints, exchange);
    }

    public AgentReply withRestatedConstraints(Set<String> ids) {
        return new AgentReply(kind, result, confidence, reason, inputTokens, outputTokens, latencyNanos, target,
                subtasks, toolCalls, writes, ids == null ? null : Set.copyOf(ids), exchange);
    }

    public AgentReply withLatencyNanos(long value) {
        return new AgentReply(kind, result, confidence, reason, inputTokens, outputTokens, value, target,
                subtasks, toolCalls, writes, restatedConstraints, exchange);
    }

    public AgentReply withExchange(ModelExchange value) {
        return new AgentReply(kind, result, confidence, reason, inputTokens, outputTokens, latencyNanos, target,
                subtasks, toolCalls, writes, restatedConstraints, value);
    }

    /** The server's retry hint in nanoseconds, or -1 when there is none. */
    public long retryAfterNanos() {
        return exchange == null ? -1 : exchange.retryAfterNanos();
    }

    /** Whether the model answered with tool calls only and waits for their results to answer with an envelope. */
    public boolean awaitsToolResults() {
        return exchange != null && exchange.toolContinuation() != null && !toolCalls.isEmpty();
    }
}
