// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

import dev.baton.simulator.random.RandomStreams;

/**
 * What a replication may depend on: its index, its seed and its named random streams (derived from the seed).
 * Reporting the seed with an incident lets a user replay exactly that run.
 *
 * @param index   0-based replication number
 * @param seed    the replication's seed, derived from the master seed and the index
 * @param streams the replication's named random streams; confined to the running thread
 */
public record ReplicationContext(long index, long seed, RandomStreams streams) {}
