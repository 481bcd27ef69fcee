// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a tool answers at all: outside outage windows a call reaches it with probability {@code availability};
 * inside an outage window no call does; beyond the rate limit calls are rejected.
 *
 * @param availability probability that a call reaches the tool outside outages, in [0, 1]
 * @param outages      outage windows, kept sorted by start; they may overlap (a fault plan's outage may cover a
 *                     profile's), a call is refused when any contains its time
 * @param rateLimit    the tool's rate limit, {@link RateLimit#UNLIMITED} for none
 */
public record ToolAvailability(double availability, List<TimeWindow> outages, RateLimit rateLimit) {
    /** Always reachable, no outages, no limit. */
    public static final ToolAvailability ALWAYS = new ToolAvailability(1.0, List.of(), RateLimit.UNLIMITED);

    public ToolAvailability {
        Require.probability("tool availability", availability);
        Require.nonNull("tool outages", outages);
        Require.nonNull("tool rate limit", rateLimit);
        List<TimeWindow> sorted = new ArrayList<>(outages);
        sorted.sort(Comparator.comparing(TimeWindow::from).thenComparing(TimeWindow::to));
        outages = List.copyOf(sorted);
    }

    /** Whether the tool is in an outage {@code seconds} after the run started. */
    public boolean inOutage(double seconds) {
        for (TimeWindow w : outages) {
            if (w.contains(seconds)) {
                return true;
            }
        }
        return false;
    }

    /** A copy with one more outage window. */
    public ToolAvailability withOutage(TimeWindow window) {
        List<TimeWindow> more = new ArrayList<>(outages);
        more.add(window);
        return new ToolAvailability(availability, more, rateLimit);
    }
}
