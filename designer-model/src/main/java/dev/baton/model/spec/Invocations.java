// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads and rewrites the model-call settings of the four invocable node kinds (orchestrator, agent, planner,
 * validator). One place, so the engine, the review and the designer agree on which kinds make model calls.
 */
public final class Invocations {
    private Invocations() {}

    /** The invocation settings of {@code spec}, or empty for kinds that make no model calls. */
    public static Optional<Invocation> of(NodeSpec spec) {
        if (spec instanceof AgentSpec) {
            return Optional.of(((AgentSpec) spec).invocation());
        } else if (spec instanceof OrchestratorSpec) {
            return Optional.of(((OrchestratorSpec) spec).invocation());
        } else if (spec instanceof PlannerSpec) {
            return Optional.of(((PlannerSpec) spec).invocation());
        } else if (spec instanceof ValidatorSpec) {
            return Optional.of(((ValidatorSpec) spec).invocation());
        }
        return Optional.empty();
    }

    /** {@code spec} with its invocation changed by {@code change}; other kinds are returned unchanged. */
    public static NodeSpec update(NodeSpec spec, UnaryOperator<Invocation> change) {
        if (spec instanceof AgentSpec) {
            AgentSpec a = (AgentSpec) spec;
            return a.withInvocation(change.apply(a.invocation()));
        } else if (spec instanceof OrchestratorSpec) {
            OrchestratorSpec o = (OrchestratorSpec) spec;
            return o.withInvocation(change.apply(o.invocation()));
        } else if (spec instanceof PlannerSpec) {
            PlannerSpec p = (PlannerSpec) spec;
            return p.withInvocation(change.apply(p.invocation()));
        } else if (spec instanceof ValidatorSpec) {
            ValidatorSpec v = (ValidatorSpec) spec;
            return v.withInvocation(change.apply(v.invocation()));
        }
        return spec;
    }
}
