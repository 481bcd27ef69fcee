// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** The kinds of decision the engine traces. */
public enum DecisionKind {
    RETRY,
    RETRY_BLOCKED,
    REROUTE,
    REPLAN,
    ACCEPT_PARTIAL,
    ESCALATE,
    ABORT,
    HOP_CAP,
    OWNER_DECISION,
    VALIDATION_PASSED,
    VALIDATION_REJECTED,
    BREAKER_REJECTED,
    LOST_UPDATE,
    LATE_REPLY_IGNORED,
    PLAN_COMPLETE,
    NEXT_ROUND,
    /** A model endpoint's circuit breaker changed state (the detail names the endpoint). */
    ENDPOINT_BREAKER,
    /** A model answered with tool calls only; it is asked again with their results. */
    TOOL_ROUND;
}
