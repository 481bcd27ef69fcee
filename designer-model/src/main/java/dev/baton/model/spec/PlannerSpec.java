// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The manager of adaptive planning: consults specialists round by round until its completion criterion holds
 * or it reaches {@code maxRounds}. Without either, it can refine forever (convergence starvation).
 */
public record PlannerSpec(Invocation invocation, Optional<CompletionCriterion> completion, OptionalInt maxRounds)
        implements NodeSpec {

    public PlannerSpec {
        Require.nonNull("invocation", invocation);
        Require.nonNull("completion", completion);
        Require.nonNull("maxRounds", maxRounds);
        maxRounds.ifPresent(r -> Require.atLeast("maxRounds", r, 1));
    }

    public static PlannerSpec defaults() {
        return new PlannerSpec(Invocation.DEFAULTS, Optional.of(CompletionCriterion.confidenceAtLeast(0.8)),
                OptionalInt.of(5));
    }

    @Override
    public NodeKind kind() {
        return NodeKind.PLANNER;
    }

    public PlannerSpec withInvocation(Invocation value) {
        return new PlannerSpec(value, completion, maxRounds);
    }

    public PlannerSpec withCompletion(Optional<CompletionCriterion> value) {
        return new PlannerSpec(invocation, value, maxRounds);
    }

    public PlannerSpec withMaxRounds(OptionalInt value) {
        return new PlannerSpec(invocation, completion, value);
    }
}
