// SPDX-License-Identifier: Apache-2.0
/**
 * Result statistics of Monte Carlo runs: outcome mixes with Wilson intervals, exact quantiles and per-node
 * incident counters. Every accumulator is mergeable, and its summary depends only on the multiset of values added,
 * so splitting replications over threads does not change any reported figure.
 */
package dev.baton.simulator.stats;
