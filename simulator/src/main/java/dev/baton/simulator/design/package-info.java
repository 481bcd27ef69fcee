// SPDX-License-Identifier: Apache-2.0
/**
 * Monte Carlo simulation of a design on the engine's own core: the core's {@code VirtualTimeDriver} runs each
 * replication, and nodes answer with behaviour sampled from their profiles under a fault plan.
 */
package dev.baton.simulator.design;
