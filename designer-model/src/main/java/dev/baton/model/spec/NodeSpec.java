// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;

/**
 * The kind-specific settings of a node. The hierarchy is closed: one record per {@link NodeKind}, so every
 * {@code instanceof} chain over it ends in {@code throw new AssertionError("unhandled " + spec)}.
 */
public sealed interface NodeSpec
        permits OrchestratorSpec, AgentSpec, PlannerSpec, ValidatorSpec, HumanSpec, OwnerSpec, ToolSpec, StoreSpec,
                StartSpec, EndSpec {

    /** The node kind this spec belongs to. */
    NodeKind kind();

    /** The default settings of a freshly placed node of {@code kind}. */
    static NodeSpec defaults(NodeKind kind) {
        switch (kind) {
            case ORCHESTRATOR: return OrchestratorSpec.defaults();
            case AGENT: return AgentSpec.defaults();
            case PLANNER: return PlannerSpec.defaults();
            case VALIDATOR: return ValidatorSpec.defaults();
            case HUMAN: return HumanSpec.defaults();
            case OWNER: return OwnerSpec.defaults();
            case TOOL: return ToolSpec.defaults();
            case STORE: return StoreSpec.defaults();
            case START: return StartSpec.defaults();
            case END: return EndSpec.defaults();
            default: throw new AssertionError("unhandled " + kind);
        }
    }
}
