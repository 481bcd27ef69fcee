// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.validation;

import static dev.baton.model.TestDesigns.edge;
import static dev.baton.model.TestDesigns.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.TestDesigns;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.script.ScriptedReply;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.StoreSpec;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignValidatorTest {
    private final DesignValidator validator = new DesignValidator();

    private List<String> codes(Design d) {
        return validator.validate(d).stream().map(Finding::code).toList();
    }

    @Test
    void acceptsWellFormedDesign() {
        assertThat(validator.validate(TestDesigns.orchestratorWorker())).isEmpty();
        assertThat(validator.isValid(TestDesigns.orchestratorWorker())).isTrue();
    }

    @Test
    void reportsHandoffIntoToolWithTheRule() {
        Design d = TestDesigns.orchestratorWorker().withEdge(edge("bad", EdgeKind.HANDOFF, "worker", "search"));
        List<Finding> findings = validator.validate(d);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("edge.illegal-kind");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.edges()).containsExactly(EdgeId.of("bad"));
            assertThat(f.nodes()).containsExactly(NodeId.of("worker"), NodeId.of("search"));
            assertThat(f.jsonPath()).isEqualTo("$.edges[4]");
            assertThat(f.message()).contains("Edge bad: a handoff edge cannot go from an agent (worker) to a tool (search)")
                    .contains(EdgeKind.HANDOFF.rule());
        });
    }

    @Test
    void reportsDelegateFromValidator() {
        Design d = TestDesigns.orchestratorWorker().withNode(node("check", NodeKind.VALIDATOR))
                .withEdge(edge("v1", EdgeKind.VALIDATE, "worker", "check"))
                .withEdge(edge("v2", EdgeKind.DELEGATE, "check", "worker"));
        assertThat(validator.validate(d)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("delegate edge cannot go from a validator (check)"));
    }

    @Test
    void reportsDanglingEdgeNamingTheMissingEnd() {
        Design d = TestDesigns.orchestratorWorker().withEdge(edge("lost", EdgeKind.DELEGATE, "orch", "ghost"));
        assertThat(validator.validate(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("edge.dangling");
            assertThat(f.nodes()).containsExactly(NodeId.of("orch"));
            assertThat(f.message()).contains("to \"ghost\"").doesNotContain("from \"orch\"");
        });
    }

    @Test
    void reportsDuplicateNodeAndEdgeIdsWithBothPositions() {
        Design d = TestDesigns.orchestratorWorker().withNode(node("worker", NodeKind.AGENT))
                .withEdge(edge("e1", EdgeKind.DELEGATE, "orch", "worker"));
        List<Finding> findings = validator.validate(d);
        assertThat(findings).extracting(Finding::code).containsExactly("node.duplicate-id", "edge.duplicate-id");
        assertThat(findings.get(0).message()).contains("nodes[2] and nodes[5]");
        assertThat(findings.get(0).jsonPath()).isEqualTo("$.nodes[5].id");
        assertThat(findings.get(1).message()).contains("edges[0] and edges[4]");
    }

    @Test
    void reportsTwoOwners() {
        Design d = TestDesigns.orchestratorWorker().withNode(node("owner1", NodeKind.OWNER))
                .withNode(node("owner2", NodeKind.OWNER));
        assertThat(codes(d)).contains("owner.multiple", "owner.conflict");
    }

    @Test
    void reportsOwnerNotReachableFromStart() {
        Design d = TestDesigns.orchestratorWorker()
                .withPolicy(TestDesigns.orchestratorWorker().policy().withOwner(Optional.of(NodeId.of("boss"))))
                .withNode(node("boss", NodeKind.OWNER));
        assertThat(validator.validate(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("owner.unreachable");
            assertThat(f.nodes()).containsExactly(NodeId.of("boss"));
            assertThat(f.message()).contains("cannot be reached from the start node start");
        });
    }

    @Test
    void reportsOwnerThatIsNotAccountableKindOrMissing() {
        Design base = TestDesigns.orchestratorWorker();
        assertThat(codes(base.withPolicy(base.policy().withOwner(Optional.of(NodeId.of("worker"))))))
                .containsExactly("owner.wrong-kind");
        assertThat(codes(base.withPolicy(base.policy().withOwner(Optional.of(NodeId.of("nobody"))))))
                .containsExactly("owner.unknown");
    }

    @Test
    void reportsMissingAndDuplicateIntakeAndMissingEnd() {
        Design noStart = TestDesigns.orchestratorWorker().withoutNode(NodeId.of("start")).withoutNode(NodeId.of("end"));
        assertThat(codes(noStart)).containsExactly("design.no-start", "design.no-end");
        Design twoStarts = TestDesigns.orchestratorWorker().withNode(node("start2", NodeKind.START));
        assertThat(codes(twoStarts)).containsExactly("design.multiple-starts");
    }

    @Test
    void reportsFlowIntoStartAndOutOfEnd() {
        Design d = TestDesigns.orchestratorWorker().withEdge(edge("x", EdgeKind.OUTPUT, "orch", "start"));
        assertThat(codes(d)).contains("start.incoming-edge", "edge.illegal-kind");
    }

    @Test
    void reportsSelfLoop() {
        Design d = TestDesigns.orchestratorWorker().withEdge(edge("loop", EdgeKind.HANDOFF, "worker", "worker"));
        assertThat(codes(d)).containsExactly("edge.self-loop");
    }

    @Test
    void reportsPartitionedStoreWithoutKey() {
        Design d = TestDesigns.orchestratorWorker().withNode(new dev.baton.model.Node(NodeId.of("db"), "db",
                dev.baton.model.Position.ORIGIN, new StoreSpec(ConcurrencyControl.PARTITIONED, Optional.empty())));
        assertThat(validator.validate(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("store.partition-key-missing");
            assertThat(f.jsonPath()).isEqualTo("$.nodes[5].settings.partitionKey");
        });
    }

    @Test
    void reportsScriptsForUnknownOrUnscriptableNodes() {
        NodeScript script = new NodeScript(List.of(ScriptedReply.success(TextNode.valueOf("ok"), 0.9, 1, 1,
                Duration.ofSeconds(1))), false);
        Design d = TestDesigns.orchestratorWorker().withScripts(new ScriptSet(Optional.empty(),
                Map.of(NodeId.of("ghost"), script)));
        assertThat(codes(d)).containsExactly("script.unknown-node");
        Design e = TestDesigns.orchestratorWorker().withScripts(new ScriptSet(Optional.empty(),
                Map.of(NodeId.of("end"), script)));
        assertThat(codes(e)).containsExactly("script.not-scriptable");
    }
}
