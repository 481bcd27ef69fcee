// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.EngineLimits;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a simulated run without the design's own caps is cut: the engine's safety ceilings (hop cap, model calls,
 * run deadline in simulated time). A run they stop is reported as a runaway: in production nothing would have
 * stopped it.
 *
 * @param hopCap     hops, when the design sets no hop cap
 * @param calls      model calls, when the design sets no call cap
 * @param runTimeout simulated time, when the design sets no wall-clock timeout
 */
public record Horizon(int hopCap, int calls, Duration runTimeout) {
    public Horizon {
        if (hopCap < 1) {
            throw new IllegalArgumentException("horizon hop cap must be >= 1, but was " + hopCap);
        }
        if (calls < 1) {
            throw new IllegalArgumentException("horizon calls must be >= 1, but was " + calls);
        }
        if (runTimeout == null || runTimeout.isNegative() || runTimeout.isZero()) {
            throw new IllegalArgumentException("horizon time must be > 0, but was " + runTimeout);
        }
    }

    /** The engine's own safety ceilings. */
    public static Horizon engineDefaults() {
        EngineLimits d = EngineLimits.defaults();
        return new Horizon(d.safetyHopCap(), d.safetyMaxCalls(), d.safetyRunTimeout());
    }

    /** The engine limits that cut runs at this horizon. */
    public EngineLimits limits() {
        EngineLimits d = EngineLimits.defaults();
        return new EngineLimits(hopCap, calls, runTimeout, d.defaultCallTokenMax(), d.microUsdPerToken());
    }

    /** "1,000 model calls, 200 hops or 1h of simulated time". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d model calls, %,d hops or %s of simulated time", calls, hopCap,
                Numbers.duration(runTimeout.toMillis() / 1000.0));
    }
}
