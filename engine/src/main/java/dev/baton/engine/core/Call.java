// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * One invocation in flight (or settled) within a run: its reservation, timer, store snapshot and tool calls.
 * Instances are reused across runs through {@link RunMemory}: {@link #init} sets every field, and a new field must
 * be set there too ({@code RunMemoryTest} checks it).
 */
final class Call {
    int id;
    NodePlan node;
    CallPurpose purpose;
    /** The subtask this call works on; null for coordinator, validator and tool calls. */
    Subtask subtask;
    long span;
    long parentSpan;
    int attempt;
    long reservedTokens;
    long reservedCost;
    int timerId;
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

    Call init(int callId, NodePlan callee, CallPurpose why, Subtask work, long spanId, long parentSpanId,
            int attemptNumber) {
        id = callId;
        node = callee;
        purpose = why;
        subtask = work;
        span = spanId;
        parentSpan = parentSpanId;
        attempt = attemptNumber;
        reservedTokens = 0;
        reservedCost = 0;
        timerId = -1;
        readVersions = null;
        settled = false;
        reply = null;
        pendingTools = 0;
        dependencyFailure = null;
        failedTool = null;
        owner = null;
        gate = null;
        chargedTokens = 0;
        chargedCost = 0;
        request = null;
        rejectedBy = null;
        loopTokens = 0;
        reportedInput = 0;
        reportedOutput = 0;
        toolRounds = 0;
        toolRoundStart = 0;
        exchange = null;
        return this;
    }
}
