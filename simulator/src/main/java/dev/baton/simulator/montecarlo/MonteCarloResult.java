// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

/**
 * The merged outcome of a batch. After a cancellation the aggregate covers exactly replications
 * {@code 0 .. completed - 1}, so a cancelled batch is still a reproducible prefix of the full one.
 *
 * @param aggregate the merged accumulator
 * @param completed replications included in the aggregate
 * @param requested replications asked for
 * @param cancelled whether the batch was cancelled before it finished
 */
public record MonteCarloResult<A>(A aggregate, long completed, long requested, boolean cancelled) {}
