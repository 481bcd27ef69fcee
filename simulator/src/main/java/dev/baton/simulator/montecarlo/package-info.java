// SPDX-License-Identifier: Apache-2.0
/**
 * The parallel Monte Carlo runner: N seeded replications over a fixed number of threads, merged so that the
 * result is identical for any thread count; cancellable and reporting progress.
 */
package dev.baton.simulator.montecarlo;
