// SPDX-License-Identifier: Apache-2.0
/**
 * Virtual time: {@link dev.baton.engine.time.VirtualTimeDriver} runs the core on an event queue ordered by (time,
 * priority, sequence), with node behaviour supplied by a {@link dev.baton.engine.time.Behaviour} (scripts in tests
 * and demos, sampled behaviour in the simulator).
 */
package dev.baton.engine.time;
