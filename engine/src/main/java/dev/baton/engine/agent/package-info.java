// SPDX-License-Identifier: Apache-2.0
/**
 * Agents kept with the design: {@link dev.baton.engine.agent.ScriptedAgents} answers from the design's scripts;
 * {@link dev.baton.engine.agent.RealTimeBehaviours} runs per-run virtual-time behaviours (the simulator's stochastic
 * agents) in the real-time driver.
 */
package dev.baton.engine.agent;
