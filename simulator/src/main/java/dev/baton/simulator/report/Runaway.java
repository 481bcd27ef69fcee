// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.simulator.incident.FailurePattern;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Runs the horizon cut: nothing in the design would have stopped them. The projection assumes a runaway keeps
 * spending at the rate it spent until the cut: total cost of the runaway runs divided by their total simulated
 * time, times the projection window.
 *
 * @param runs              runaway runs
 * @param share             runs / all runs
 * @param meanCostAtCut     mean cost of a runaway run when it was cut (NaN without runaways)
 * @param maxCostAtCut      highest cost at the cut (NaN without runaways)
 * @param costPerHour       the spending rate of runaway runs in dollars per simulated hour (NaN without runaways
 *                          or simulated time)
 * @param projectionHours   the projection window
 * @param projectedCost     costPerHour x projectionHours: what one runaway run would cost if left running that long
 * @param patterns          runaway runs by the failure pattern that kept them going, in pattern order
 */
public record Runaway(long runs, double share, double meanCostAtCut, double maxCostAtCut, double costPerHour,
        double projectionHours, double projectedCost, Map<FailurePattern, Long> patterns) {
    /** The projection window: a day, about how long an unnoticed loop runs before someone reads the bill. */
    public static final double PROJECTION_HOURS = 24;

    public Runaway {
        EnumMap<FailurePattern, Long> copy = new EnumMap<>(FailurePattern.class);
        copy.putAll(patterns);
        patterns = Collections.unmodifiableMap(copy);
    }

    static Runaway of(SimulationTally tally, long allRuns) {
        long n = tally.runawayCost().size();
        if (n == 0) {
            return new Runaway(0, 0, Double.NaN, Double.NaN, Double.NaN, PROJECTION_HOURS, Double.NaN, Map.of());
        }
        double cost = 0;
        double max = 0;
        for (double c : tally.runawayCost().sorted()) {
            cost += c;
            max = Math.max(max, c);
        }
        double seconds = 0;
        for (double s : tally.runawaySeconds().sorted()) {
            seconds += s;
        }
        double perHour = seconds > 0 ? cost / seconds * 3600 : Double.NaN;
        return new Runaway(n, (double) n / allRuns, cost / n, max, perHour, PROJECTION_HOURS,
                perHour * PROJECTION_HOURS, tally.runawayPatterns());
    }

    /** "dynamic handoff without an owner (FM-1.5 ...)", with the runs of each pattern when there are several. */
    public String label() {
        if (patterns.size() == 1) {
            return patterns.keySet().iterator().next().label();
        }
        StringBuilder b = new StringBuilder();
        patterns.forEach((p, n) -> b.append(b.length() == 0 ? "" : "; ").append(p.label()).append(": ")
                .append(Numbers.count(n)).append(" runs"));
        return b.toString();
    }
}
