// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

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
 */
public record Runaway(long runs, double share, double meanCostAtCut, double maxCostAtCut, double costPerHour,
        double projectionHours, double projectedCost) {
    /** The projection window: a day, about how long an unnoticed loop runs before someone reads the bill. */
    public static final double PROJECTION_HOURS = 24;

    static Runaway of(SimulationTally tally, long allRuns) {
        long n = tally.runawayCost().size();
        if (n == 0) {
            return new Runaway(0, 0, Double.NaN, Double.NaN, Double.NaN, PROJECTION_HOURS, Double.NaN);
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
                perHour * PROJECTION_HOURS);
    }
}
