// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * Which guard, if any, stopped a run: the structured form of what its reason says, for counting budget kills,
 * hop-cap hits and deadline overruns without reading text.
 */
public enum StopCause {
    /** The run ended by its own course (a result, a failure policy, a validator, a human). */
    NONE,
    /** A call's maximum did not fit in what remained of the token ceiling. */
    TOKEN_CEILING,
    /** A call's maximum cost did not fit in what remained of the cost ceiling. */
    COST_CEILING,
    /** The cap on model calls (the design's or the engine's) was reached. */
    CALL_CAP,
    /** The hop cap (the design's or the engine's) was reached; the owner, if any, decided the outcome. */
    HOP_CAP,
    /** The run's deadline (the design's or the engine's) passed. */
    DEADLINE,
    /** The run was cancelled from outside. */
    CANCELLED;
}
