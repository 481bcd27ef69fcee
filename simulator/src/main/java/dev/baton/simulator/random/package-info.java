// SPDX-License-Identifier: Apache-2.0
/**
 * Named, seeded random streams and the samplers the simulator draws behaviour from.
 *
 * <p>Every stream is a pure function of (master seed, replication index, stream name), so a replication draws the
 * same numbers whichever thread runs it and however many replications run beside it.
 */
package dev.baton.simulator.random;
