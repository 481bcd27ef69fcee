// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** One invocation in flight (or settled) within a run: its reservation, timer, store snapshot and tool calls. */
final class Call {
    final int id;
    final NodePlan node;
    final CallPurpose purpose;
    /** The subtask this call works on; null for coordinator, validator and tool calls. */
    final Subtask subtask;
    final long span;
    final long parentSpan;
    final int attempt;
    long reservedTokens;
    long reservedCost;
    int timerId = -1;
    /** Store versions at the call's start, by the node's store slots. */
    long[] readVersions;
    boolean settled;
    /** The answer, kept while the call's tool calls are in flight. */
    AgentReply reply;
    int pendingTools;
    String dependencyFailure;
    NodePlan failedTool;
    /** For tool calls: the agent call that asked for it. */
    Call owner;
    /** For validator calls: what is being validated. */
    Gate gate;
    long chargedTokens;
    long chargedCost;
    /** What the driver was asked to invoke (model calls and tool calls); a tool round re-sends it with results. */
    AgentCall request;
    /** Model calls: the endpoint breaker that rejected the call, else null. */
    EndpointBreakers.Endpoint rejectedBy;
    /** Model calls in a tool loop: tokens used and usage reported by the rounds before the current one. */
    long loopTokens;
    long reportedInput;
    long reportedOutput;
    int toolRounds;
    /** The index in the run's calls where the current round's tool calls begin. */
    int toolRoundStart;
    /** The last model exchange the adapter reported for this call; null for scripted answers. */
    ModelExchange exchange;

    Call(int id, NodePlan node, CallPurpose purpose, Subtask subtask, long span, long parentSpan, int attempt) {
        this.id = id;
        this.node = node;
        this.purpose = purpose;
        this.subtask = subtask;
        this.span = span;
        this.parentSpan = parentSpan;
        this.attempt = attempt;
    }
}
