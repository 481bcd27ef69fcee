// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static dev.baton.model.EdgeKind.CALL;
import static dev.baton.model.EdgeKind.DELEGATE;
import static dev.baton.model.EdgeKind.HANDOFF;
import static dev.baton.model.EdgeKind.OUTPUT;
import static dev.baton.model.EdgeKind.WRITE;

import dev.baton.model.Design;
import dev.baton.model.policy.Observability;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Designs for tests that the sample files in {@code designs/} do not cover. */
final class TestDesigns {
    private TestDesigns() {}

    /**
     * Everything the review can complain about at once, "a demo, not a system": no policy, a retry-only lead, a
     * handoff cycle with no exit, a dead end, an unreachable agent, an unbounded planner, a shared tool retried
     * without guards and a store two agents write without control.
     */
    static Design unguardedDemo() {
        AgentSpec retrying = AgentSpec.defaults()
                .withInvocation(Invocation.DEFAULTS.withRetry(new RetryPolicy(3, Duration.ofSeconds(1), 1.0)));
        return new DesignBuilder("unguarded-demo", TaskPolicy.UNSET.withObservability(new Observability(false, false, 0)))
                .node("start", StartSpec.defaults())
                .node("lead", OrchestratorSpec.defaults().withFailurePolicy(
                        new FailurePolicy(FailureAction.RETRY, FailureAction.RETRY, FailureAction.RETRY)))
                .node("a", retrying)
                .node("b", AgentSpec.defaults().withHighStakes(true))
                .node("c", AgentSpec.defaults())
                .node("loner", AgentSpec.defaults())
                .node("stuck", AgentSpec.defaults())
                .node("dreamer", new PlannerSpec(Invocation.DEFAULTS, Optional.empty(), OptionalInt.empty()))
                .node("api", ToolSpec.defaults())
                .node("db", new StoreSpec(ConcurrencyControl.NONE, Optional.empty()))
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "lead")
                .edge(DELEGATE, "lead", "a")
                .edge(DELEGATE, "lead", "dreamer")
                .edge(HANDOFF, "a", "b")
                .edge(HANDOFF, "b", "c")
                .edge(HANDOFF, "c", "b")
                .edge(HANDOFF, "a", "stuck")
                .edge(CALL, "a", "api")
                .edge(CALL, "b", "api")
                .edge(WRITE, "a", "db")
                .edge(WRITE, "c", "db")
                .edge(OUTPUT, "lead", "end")
                .build();
    }
}
