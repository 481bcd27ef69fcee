// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.stats.IncidentCounts;
import dev.baton.simulator.stats.RunStatistics;

/**
 * One replication of a design on the core.
 *
 * @param index    replication number
 * @param seed     its seed, to replay it alone
 * @param outcome  how the run ended
 * @param reason   the core's reason, in words
 * @param measures tokens, cost (dollars), simulated seconds and hops
 * @param counts   incident counts per node and counter
 * @param events   events the driver handled
 * @param busySeconds summed simulated seconds from each message to its envelope (node-seconds of work)
 */
public record SimulatedRun(long index, long seed, Outcome outcome, String reason, RunStatistics.RunMeasures measures,
        IncidentCounts counts, int events, double busySeconds) {}
