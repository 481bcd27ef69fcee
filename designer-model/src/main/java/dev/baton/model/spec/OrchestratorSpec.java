// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;

/**
 * An orchestrator: owns the task, decomposes it, delegates, collects envelopes and re-plans.
 *
 * @param invocation the orchestrator's own model call settings
 * @param failurePolicy what to do per subtask outcome
 * @param maxReplans how often the orchestrator may be asked for a new plan (0 = never)
 */
public record OrchestratorSpec(Invocation invocation, FailurePolicy failurePolicy, int maxReplans)
        implements NodeSpec {

    public OrchestratorSpec {
        Require.nonNull("invocation", invocation);
        Require.nonNull("failurePolicy", failurePolicy);
        Require.atLeast("maxReplans", maxReplans, 0);
    }

    public static OrchestratorSpec defaults() {
        return new OrchestratorSpec(Invocation.DEFAULTS, FailurePolicy.DEFAULTS, 2);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.ORCHESTRATOR;
    }

    public OrchestratorSpec withInvocation(Invocation value) {
        return new OrchestratorSpec(value, failurePolicy, maxReplans);
    }

    public OrchestratorSpec withFailurePolicy(FailurePolicy value) {
        return new OrchestratorSpec(invocation, value, maxReplans);
    }

    public OrchestratorSpec withMaxReplans(int value) {
        return new OrchestratorSpec(invocation, failurePolicy, value);
    }
}
