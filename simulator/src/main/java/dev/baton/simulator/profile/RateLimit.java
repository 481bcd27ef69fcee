// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.Require;
import java.time.Duration;

/**
 * At most {@code calls} calls per {@code per} window; calls beyond it are rejected as rate limited.
 *
 * @param calls calls allowed per window, >= 1
 * @param per   window length, > 0
 */
public record RateLimit(long calls, Duration per) {
    /** No limit. */
    public static final RateLimit UNLIMITED = new RateLimit(Long.MAX_VALUE, Duration.ofSeconds(1));

    public RateLimit {
        Require.atLeast("rate limit calls", calls, 1);
        Require.positive("rate limit window", per);
    }

    /** Whether this is {@link #UNLIMITED}. */
    public boolean isUnlimited() {
        return calls == Long.MAX_VALUE;
    }
}
