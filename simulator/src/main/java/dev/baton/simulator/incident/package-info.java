// SPDX-License-Identifier: Apache-2.0
/** Labels for simulated incidents: the seeds' failure pattern and the MAST failure mode each one belongs to. */
package dev.baton.simulator.incident;
