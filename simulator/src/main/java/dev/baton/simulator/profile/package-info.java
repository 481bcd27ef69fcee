// SPDX-License-Identifier: Apache-2.0
/**
 * Behaviour profiles (how a simulated agent or tool behaves) and fault plans (named failure scenarios), as
 * immutable records validated at construction, with defaults per node kind so a fresh design simulates at once,
 * and a JSON reader/writer for the design file's future {@code simulation} section.
 */
package dev.baton.simulator.profile;
