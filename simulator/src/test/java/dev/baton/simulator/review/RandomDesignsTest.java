// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Extensions;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.SimulationData;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ValidatorSpec;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import dev.baton.simulator.review.evidence.EvidenceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken designs must still be reviewable: random kinds, illegal and dangling edges, duplicate ids. The review
 * never throws, and neither does any fix it offers.
 */
class RandomDesignsTest {
    private static final DesignReviewer REVIEWER = new DesignReviewer(EvidenceSource.NONE);

    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void reviewAndEveryFixSurviveArbitraryGraphs(long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        Design design = randomDesign(random);

        Review review = REVIEWER.review(design, "0".repeat(64), List.of());

        assertThat(review.checklist()).hasSize(10);
        for (Finding f : review.findings()) {
            f.fix().ifPresent(fix -> assertThatCode(() -> REVIEWER.review(fix.apply(design), "0".repeat(64),
                    List.of())).as(f.id() + " fix on seed " + seed).doesNotThrowAnyException());
        }
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 300);
    }

    /** Settings with guards missing, so that kind-specific rules and fixes get exercised. */
    private static NodeSpec unguarded(NodeKind kind, RandomGenerator random) {
        switch (kind) {
            case AGENT: return AgentSpec.defaults().withHighStakes(random.nextBoolean());
            case PLANNER: return new PlannerSpec(Invocation.DEFAULTS,
                    random.nextBoolean() ? Optional.empty() : Optional.of(CompletionCriterion.confidenceAtLeast(0.5)),
                    random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(3));
            case ORCHESTRATOR: return OrchestratorSpec.defaults().withMaxReplans(0);
            case VALIDATOR: return ValidatorSpec.defaults().withConfidenceThreshold(OptionalDouble.empty());
            case STORE: return new StoreSpec(random.nextBoolean() ? ConcurrencyControl.NONE
                    : ConcurrencyControl.PARTITIONED, Optional.empty());
            default: return NodeSpec.defaults(kind);
        }
    }

    private static Design randomDesign(RandomGenerator random) {
        NodeKind[] kinds = NodeKind.values();
        EdgeKind[] edgeKinds = EdgeKind.values();
        int n = 2 + random.nextInt(25);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NodeKind kind = kinds[random.nextInt(kinds.length)];
            // Every tenth id repeats an earlier one, as a hand-edited file might.
            String id = i > 0 && random.nextInt(10) == 0 ? nodes.get(random.nextInt(i)).id().value() : "n" + i;
            nodes.add(new Node(NodeId.of(id), id, Position.ORIGIN, random.nextBoolean() ? NodeSpec.defaults(kind)
                    : unguarded(kind, random)));
        }
        List<Edge> edges = new ArrayList<>();
        int m = random.nextInt(3 * n);
        for (int e = 0; e < m; e++) {
            // Endpoints up to n + 2 include ids that do not exist.
            NodeId from = NodeId.of("n" + random.nextInt(n + 2));
            NodeId to = NodeId.of("n" + random.nextInt(n + 2));
            edges.add(new Edge(EdgeId.of("e" + e), edgeKinds[random.nextInt(edgeKinds.length)], from, to));
        }
        TaskPolicy policy = random.nextBoolean() ? TaskPolicy.UNSET : TaskPolicy.defaults()
                .withOwner(java.util.Optional.of(NodeId.of("n" + random.nextInt(n + 1))));
        return new Design("random", "", policy, nodes, edges, ScriptSet.NONE, SimulationData.NONE,
                Extensions.NONE);
    }
}
