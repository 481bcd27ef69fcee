// SPDX-License-Identifier: Apache-2.0
/**
 * Real time: {@link dev.baton.engine.driver.RealTimeDriver} runs many designs at once, calling nodes through
 * {@link dev.baton.engine.driver.AgentAdapter}s and putting escalations in an
 * {@link dev.baton.engine.driver.EscalationInbox}; deadlines are enforced by the core's timers.
 */
package dev.baton.engine.driver;
