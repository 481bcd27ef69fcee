// SPDX-License-Identifier: Apache-2.0
/**
 * Bare reference models with known exact answers, used to validate the simulator and as the in-run speed
 * baseline: W1-DES of {@code shared/bench/WORKLOADS.md} on a {@link java.util.PriorityQueue} event loop.
 */
package dev.baton.simulator.reference;
