// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.util.Optional;

/**
 * A worker or specialist. Its tools, store access and handoff targets are its {@code call}, {@code read}/
 * {@code write} and {@code handoff} edges: the graph is the single source of truth for them.
 *
 * @param role a short role description ("billing specialist")
 * @param invocation model call settings, including the per-invocation token budget, timeout and retry policy
 * @param outputContract the typed result this agent must return in its status envelope; empty = free-form
 *     text, which the orchestrator cannot check
 * @param highStakes whether the agent's output drives consequential actions (the review asks for verification
 *     before such output travels on)
 */
public record AgentSpec(String role, Invocation invocation, Optional<DataContract> outputContract,
        boolean highStakes) implements NodeSpec {

    public AgentSpec {
        Require.nonNull("role", role);
        Require.nonNull("invocation", invocation);
        Require.nonNull("outputContract", outputContract);
    }

    public static AgentSpec defaults() {
        return new AgentSpec("", Invocation.DEFAULTS, Optional.empty(), false);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.AGENT;
    }

    public AgentSpec withRole(String value) {
        return new AgentSpec(value, invocation, outputContract, highStakes);
    }

    public AgentSpec withInvocation(Invocation value) {
        return new AgentSpec(role, value, outputContract, highStakes);
    }

    public AgentSpec withOutputContract(Optional<DataContract> value) {
        return new AgentSpec(role, invocation, value, highStakes);
    }

    public AgentSpec withHighStakes(boolean value) {
        return new AgentSpec(role, invocation, outputContract, value);
    }
}
