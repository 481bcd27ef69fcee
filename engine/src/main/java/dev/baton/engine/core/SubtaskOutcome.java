// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;

/**
 * The settled envelope of one subtask, as an orchestrator (synthesis, re-plan) or a planner (review) sees it.
 *
 * @param index the subtask's number within the run (0-based, in delegation order)
 * @param node the agent that produced the envelope
 * @param result the result; null when failed
 * @param reason why it failed or is partial; empty on success
 */
public record SubtaskOutcome(int index, NodeId node, EnvelopeStatus status, Object result, double confidence,
        String reason) {}
