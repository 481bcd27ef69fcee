// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.bench;

import static dev.baton.engine.fixtures.DesignDsl.invocation;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.SubtaskRequest;
import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.time.Behaviour;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;

/**
 * W1-DES of WORKLOADS.md: ten workers at once, attempt durations LogNormal(ln 2, 0.5) seconds, failure 5% at
 * completion, one immediate retry; through the engine core (orchestrator and aggregator take no time) and as a
 * bare PriorityQueue loop.
 */
final class W1Des {
    static final double MU = Math.log(2.0);
    static final double SIGMA = 0.5;
    static final double P_FAIL = 0.05;
    private static final List<SubtaskRequest> TEN = tenSubtasks();

    private W1Des() {}

    private static List<SubtaskRequest> tenSubtasks() {
        List<SubtaskRequest> l = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            l.add(new SubtaskRequest(new NodeId("worker"), i));
        }
        return List.copyOf(l);
    }

    static Design design() {
        Invocation worker = Invocation.DEFAULTS.withRetry(new RetryPolicy(2, Duration.ZERO, 1.0));
        return new DesignDsl("W1-DES").policy(TaskPolicy.UNSET)
                .node("start", StartSpec.defaults())
                .node("orchestrator", new OrchestratorSpec(invocation(1, null, 1), new FailurePolicy(
                        FailureAction.ACCEPT_PARTIAL, FailureAction.ACCEPT_PARTIAL, FailureAction.ACCEPT_PARTIAL), 0))
                .node("worker", new AgentSpec("", worker.withTokenBudget(java.util.OptionalLong.of(1)),
                        Optional.empty(), false))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "orchestrator")
                .edge(EdgeKind.DELEGATE, "orchestrator", "worker")
                .edge(EdgeKind.OUTPUT, "orchestrator", "end")
                .build();
    }

    /** The nodes of W1-DES, drawing from one generator; sums attempts and cost over all replications. */
    static final class Nodes implements Behaviour {
        private final RandomGenerator random;
        private final AgentReply plan = AgentReply.plan(TEN, null, 1.0, 0, 0, 0);
        private final AgentReply done = AgentReply.success(null, 1.0, 0, 0, 0);
        long attempts;
        double cost;

        Nodes(RandomGenerator random) {
            this.random = random;
        }

        @Override
        public AgentReply respond(AgentCall call) {
            switch (call.purpose()) {
                case PLAN:
                    return plan;
                case SYNTHESIZE:
                    return done;
                case WORK: {
                    double d = Math.exp(MU + SIGMA * random.nextGaussian());
                    attempts++;
                    cost += 1.0 + 0.5 * d;
                    boolean failed = random.nextDouble() < P_FAIL;
                    return AgentReply.of(failed ? ReplyKind.FAILED : ReplyKind.SUCCESS, failed ? "failed" : "", 0, 0,
                            (long) (d * 1e9));
                }
                default:
                    throw new AssertionError("unhandled " + call.purpose());
            }
        }
    }

    /** One replication as a bare PriorityQueue loop; returns the makespan in seconds, negative when not all succeed. */
    static double bare(RandomGenerator random, PriorityQueue<double[]> queue) {
        queue.clear();
        for (int w = 0; w < 10; w++) {
            double d = Math.exp(MU + SIGMA * random.nextGaussian());
            queue.add(new double[] {d, w, 1});
        }
        int retired = 0;
        boolean allOk = true;
        double now = 0;
        while (retired < 10) {
            double[] e = queue.poll();
            now = e[0];
            boolean failed = random.nextDouble() < P_FAIL;
            if (failed && e[2] == 1) {
                double d = Math.exp(MU + SIGMA * random.nextGaussian());
                queue.add(new double[] {now + d, e[1], 2});
            } else {
                retired++;
                allOk &= !failed;
            }
        }
        return allOk ? now : -now;
    }
}
