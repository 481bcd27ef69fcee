// SPDX-License-Identifier: Apache-2.0
/** Agents kept with the design: {@link dev.baton.engine.agent.ScriptedAgents} answers from the design's scripts. */
package dev.baton.engine.agent;
