// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.Require;

/**
 * One subtask an orchestrator's plan (or a planner's round) asks for.
 *
 * @param to the node that should do it; must be a delegate (orchestrator) or consult (planner) target
 * @param input the subtask's private input; may be null (then the task's input is sent)
 */
public record SubtaskRequest(NodeId to, Object input) {
    public SubtaskRequest {
        Require.nonNull("subtask target", to);
    }
}
