// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.Require;

/**
 * A tool call an agent's reply asks for; must name one of the agent's {@code call} edges.
 *
 * @param input the call's input; may be null
 */
public record ToolCallRequest(NodeId tool, Object input) {
    public ToolCallRequest {
        Require.nonNull("tool", tool);
    }
}
