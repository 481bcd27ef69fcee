// SPDX-License-Identifier: Apache-2.0
/** Monte Carlo failure injection on the engine core, in virtual time. */
package dev.baton.simulator;
