// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.reference;

/**
 * The result of one W1-DES replication.
 *
 * @param success  whether every worker succeeded
 * @param makespan simulated seconds from START to JOIN
 * @param cost     sum of attempt costs
 * @param attempts worker attempts made
 * @param events   model events processed: 1 START + attempts + 1 JOIN
 */
public record W1DesOutcome(boolean success, double makespan, double cost, int attempts, int events) {}
