// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.message.TrustLabel;

/**
 * How a run ended, with the figures the invariants and the simulator read.
 *
 * @param result the task's result (may be partial); null when there is none
 * @param trust the result's trust label: {@code agent-verified} only when a validator passed it
 * @param validated whether a validator passed the result
 * @param endTime run time of the end, nanoseconds
 * @param tokens tokens charged (never above the ceiling)
 * @param costMicros cost charged in micro-dollars (never above the ceiling)
 * @param hops the task's hop count
 * @param calls model invocations started
 * @param safetyCeiling whether an engine safety ceiling (not the design) ended the run
 * @param stopCause which guard stopped the run, or {@link StopCause#NONE}
 */
public record RunResult(RunId run, Outcome outcome, String reason, Object result, TrustLabel trust, boolean validated,
        long endTime, long tokens, long costMicros, int hops, int calls, int toolCalls, int retries,
        int replans, int escalations, int breakerTrips, int lostUpdates, int writeConflicts, int constraintsLost,
        int retriesBlocked, boolean safetyCeiling, StopCause stopCause) {}
