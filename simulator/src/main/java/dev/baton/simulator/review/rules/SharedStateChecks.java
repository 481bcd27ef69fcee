// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.model.spec.Invocations;
import dev.baton.simulator.review.fix.NodeFixes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shared resources: stores written by several agents without concurrency control (M02), and tools several
 * agents call and retry without a shared retry budget or a circuit breaker (M03).
 */
public final class SharedStateChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        DesignGraph g = ctx.graph();
        for (int s : g.ofKind(NodeKind.STORE)) {
            StoreSpec spec = (StoreSpec) g.node(s).spec();
            boolean uncontrolled = spec.concurrency() == ConcurrencyControl.NONE
                    || (spec.concurrency() == ConcurrencyControl.PARTITIONED && spec.partitionKey().isEmpty());
            if (!uncontrolled) {
                continue;
            }
            Accessors writers = accessors(g, s, EdgeKind.WRITE);
            if (writers.nodes.size() >= 2) {
                List<Integer> nodes = new ArrayList<>(writers.nodes);
                nodes.add(0, s);
                String how = spec.concurrency() == ConcurrencyControl.NONE ? "no concurrency control"
                        : "partitioned without a partition key";
                sink.finding(new Finding(ReviewRule.UNCONTROLLED_WRITES, Severity.BLOCKER, "store " + g.node(s).id()
                        + " has " + how + " and " + writers.nodes.size() + " writers: "
                        + ReviewContext.names(ctx.nodeIds(new ArrayList<>(writers.nodes))), ctx.nodeIds(nodes),
                        ctx.edgeIds(writers.edges), Optional.of(NodeFixes.optimisticConcurrency(g.node(s).id()))));
            }
        }
        boolean budget = ctx.policy().sharedRetryBudget().isPresent();
        boolean taskBreaker = ctx.policy().circuitBreaker().isPresent();
        for (int t : g.ofKind(NodeKind.TOOL)) {
            boolean breaker = taskBreaker || ((ToolSpec) g.node(t).spec()).circuitBreaker().isPresent();
            if (budget && breaker) {
                continue;
            }
            Accessors callers = accessors(g, t, EdgeKind.CALL);
            if (callers.nodes.size() < 2 || !anyRetries(g, callers.nodes)) {
                continue;
            }
            List<Integer> nodes = new ArrayList<>(callers.nodes);
            nodes.add(0, t);
            String missing = !budget && !breaker ? "no shared retry budget and no circuit breaker"
                    : !budget ? "no shared retry budget" : "no circuit breaker";
            sink.finding(new Finding(ReviewRule.RETRY_STORM, Severity.BLOCKER, "tool " + g.node(t).id()
                    + " is called and retried by " + ReviewContext.names(ctx.nodeIds(new ArrayList<>(callers.nodes)))
                    + " with " + missing, ctx.nodeIds(nodes), ctx.edgeIds(callers.edges),
                    Optional.of(NodeFixes.retryGuards(g.node(t).id()))));
        }
    }

    private static boolean anyRetries(DesignGraph g, Set<Integer> nodes) {
        for (int v : nodes) {
            var inv = Invocations.of(g.node(v).spec());
            if (inv.isPresent() && inv.get().retry().retries()) {
                return true;
            }
        }
        return false;
    }

    private static Accessors accessors(DesignGraph g, int resource, EdgeKind kind) {
        Accessors a = new Accessors();
        for (int e : g.in(resource)) {
            if (g.edge(e).kind() == kind) {
                a.nodes.add(g.from(e));
                a.edges.add(e);
            }
        }
        return a;
    }

    /** The distinct nodes that access a resource with one edge kind, and those edges. */
    private static final class Accessors {
        final Set<Integer> nodes = new LinkedHashSet<>();
        final List<Integer> edges = new ArrayList<>();
    }
}
