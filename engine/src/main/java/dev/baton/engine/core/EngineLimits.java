// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.Require;
import java.time.Duration;

/**
 * The engine's own safety ceilings and defaults. They apply only where a design sets nothing, and every reason
 * produced by one of them names it as an engine safety ceiling, so that a design without caps still terminates
 * and the user sees why.
 *
 * @param safetyHopCap the hop cap when the design sets none
 * @param safetyMaxCalls the cap on model invocations per run when the design sets none
 * @param safetyRunTimeout the run deadline when the design sets none
 * @param defaultCallTokenMax the tokens reserved for a call of a node that sets no token budget
 * @param microUsdPerToken the price used to turn tokens into cost (micro-dollars per token)
 */
public record EngineLimits(int safetyHopCap, int safetyMaxCalls, Duration safetyRunTimeout, long defaultCallTokenMax,
        long microUsdPerToken) {

    public static final int DEFAULT_SAFETY_HOP_CAP = 200;
    public static final int DEFAULT_SAFETY_MAX_CALLS = 1_000;
    public static final Duration DEFAULT_SAFETY_RUN_TIMEOUT = Duration.ofHours(1);
    public static final long DEFAULT_CALL_TOKEN_MAX = 8_192;
    /** Ten dollars per million tokens. */
    public static final long DEFAULT_MICRO_USD_PER_TOKEN = 10;
    /**
     * How many times one call may go round its tool loop (a model answering with tool calls only is asked again
     * with their results) before it fails; the call cap and the call's token reservation bound it as well.
     */
    public static final int MAX_TOOL_ROUNDS = 8;

    public EngineLimits {
        Require.atLeast("safetyHopCap", safetyHopCap, 1);
        Require.atLeast("safetyMaxCalls", safetyMaxCalls, 1);
        Require.positive("safetyRunTimeout", safetyRunTimeout);
        Require.atLeast("defaultCallTokenMax", defaultCallTokenMax, 1L);
        Require.atLeast("microUsdPerToken", microUsdPerToken, 0L);
    }

    public static EngineLimits defaults() {
        return new EngineLimits(DEFAULT_SAFETY_HOP_CAP, DEFAULT_SAFETY_MAX_CALLS, DEFAULT_SAFETY_RUN_TIMEOUT,
                DEFAULT_CALL_TOKEN_MAX, DEFAULT_MICRO_USD_PER_TOKEN);
    }
}
