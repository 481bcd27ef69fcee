// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** Why an envelope is {@code failed} (or {@link #NONE} when it is not). */
public enum FailureKind {
    NONE,
    /** The agent answered with a failed envelope. */
    REPORTED,
    /** The agent died without an answer. */
    CRASH,
    /** No answer before the call's deadline. */
    TIMEOUT,
    /** The answer was not a valid envelope. */
    MALFORMED,
    /** The result broke the agent's output contract. */
    CONTRACT,
    /** The answer used more tokens than the call's maximum (truncated). */
    BUDGET,
    /** A tool the agent called failed, or its breaker was open. */
    DEPENDENCY,
    /** A store write was rejected (optimistic conflict or another writer's partition). */
    STORE_CONFLICT,
    /** The agent tried to hand off along an edge it does not have. */
    ILLEGAL_HANDOFF,
    /** A validator rejected the output. */
    REJECTED,
    /** The hop cap was reached inside the subtask. */
    HOP_CAP,
    /** The run ended while the call was still in flight. */
    CANCELLED;
}
