// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.TestDesigns;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.edit.Selection;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.Size;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {
    private final DocumentViewModel vm = new DocumentViewModel(new ModelValidation());

    @BeforeEach
    void open() {
        vm.load(TestDesigns.orchestratorWithTwoAgents(), Path.of("two.baton.json"));
    }

    @Test
    void titleShowsTheFileAndAnUnsavedMark() {
        assertThat(vm.titleProperty().get()).isEqualTo("two.baton.json \u2014 Baton");
        vm.addNode(NodeKind.TOOL, 0, 0, true);
        assertThat(vm.titleProperty().get()).startsWith("*two.baton.json");
        vm.saved(Path.of("other.baton.json"));
        assertThat(vm.titleProperty().get()).isEqualTo("other.baton.json \u2014 Baton");
    }

    @Test
    void addNodeSnapsNumbersAndSelectsIt() {
        Node added = vm.addNode(NodeKind.AGENT, 33, 47, true);
        assertThat(added.id()).isEqualTo(NodeId.of("agent-1"));
        assertThat(added.label()).isEqualTo("Agent 1");
        assertThat(added.position()).isEqualTo(new Position(40, 40));
        assertThat(vm.selection()).isEqualTo(Selection.ofNode(added.id()));
        assertThat(vm.addNode(NodeKind.AGENT, 0, 0, false).id()).isEqualTo(NodeId.of("agent-2"));
    }

    @Test
    void onlyLegalConnectionsAreOfferedAndAccepted() {
        assertThat(vm.legalKinds(NodeId.of("orch"), NodeId.of("a1")))
                .containsExactly(EdgeKind.DELEGATE, EdgeKind.CONSULT);
        assertThat(vm.legalKinds(NodeId.of("a1"), NodeId.of("orch"))).isEmpty();
        assertThat(vm.legalTargets(NodeId.of("start"))).containsExactlyInAnyOrder(NodeId.of("orch"),
                NodeId.of("a1"), NodeId.of("a2"));
        assertThatThrownBy(() -> vm.connect(NodeId.of("a1"), NodeId.of("orch"), EdgeKind.DELEGATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a legal connection");

        var edge = vm.connect(NodeId.of("a1"), NodeId.of("a2"), EdgeKind.HANDOFF);
        assertThat(edge.id().value()).isEqualTo("handoff-1");
        assertThat(vm.design().edges()).hasSize(5);
        assertThat(vm.selection()).isEqualTo(Selection.ofEdge(edge.id()));
    }

    @Test
    void movingASelectionIsOneUndoStep() {
        vm.select(new Selection(Set.of(NodeId.of("a1"), NodeId.of("a2")), Set.of()));
        vm.moveSelection(20, 40, false, "Move");
        assertThat(vm.design().node(NodeId.of("a2")).orElseThrow().position()).isEqualTo(new Position(520, 240));
        vm.undo();
        assertThat(vm.design().node(NodeId.of("a2")).orElseThrow().position()).isEqualTo(new Position(500, 200));
        assertThat(vm.selection().nodes()).containsExactlyInAnyOrder(NodeId.of("a1"), NodeId.of("a2"));
    }

    @Test
    void deleteThenUndoRestoresNodesEdgesAndSelection() {
        vm.select(Selection.ofNode(NodeId.of("orch")));
        vm.deleteSelection();
        assertThat(vm.design().nodes()).hasSize(4);
        assertThat(vm.design().edges()).isEmpty();
        assertThat(vm.selection().isEmpty()).isTrue();
        vm.undo();
        assertThat(vm.design().edges()).hasSize(4);
        assertThat(vm.selection()).isEqualTo(Selection.ofNode(NodeId.of("orch")));
    }

    @Test
    void cutAndPasteMovesCopiesWithFreshIds() {
        vm.select(new Selection(Set.of(NodeId.of("a1")), Set.of()));
        vm.copy();
        vm.paste();
        vm.paste();
        assertThat(vm.design().nodes()).extracting(n -> n.id().value()).contains("a1-1", "a1-2");
        assertThat(vm.design().node(NodeId.of("a1-2")).orElseThrow().position()).isEqualTo(new Position(580, 80));
        assertThat(vm.selection()).isEqualTo(Selection.ofNode(NodeId.of("a1-2")));

        vm.select(Selection.ofNode(NodeId.of("a2")));
        vm.cut();
        assertThat(vm.design().node(NodeId.of("a2"))).isEmpty();
        vm.paste();
        assertThat(vm.design().node(NodeId.of("a2-1")).orElseThrow().position()).isEqualTo(new Position(500, 200));
    }

    @Test
    void selectAllAndProblemsFollowTheDesign() {
        vm.selectAll();
        assertThat(vm.selection().nodes()).hasSize(5);
        assertThat(vm.selection().edges()).hasSize(4);
        vm.deleteSelection();
        vm.addNode(NodeKind.AGENT, 0, 0, false);
        assertThat(vm.problemsProperty().get()).isNotEmpty();
    }

    @Test
    void resizingIsOneUndoStepKeptWithinLimitsAndTheDefaultSizeIsStoredAsNone() {
        NodeId a1 = NodeId.of("a1"); // an agent at (500, 0): default 220 x 72
        assertThat(vm.resizeNode(a1, 333, 101, true)).contains(new Size(340, 100));
        assertThat(vm.design().node(a1).orElseThrow().size()).contains(new Size(340, 100));
        assertThat(vm.history().undoLabelProperty().get()).isEqualTo("Resize");
        vm.undo();
        assertThat(vm.design().node(a1).orElseThrow().size()).isEmpty();
        assertThat(vm.history().canUndoProperty().get()).isFalse();

        assertThat(vm.resizeNode(a1, 10, 10, false)).as("clamped to the minimum")
                .contains(new Size(NodeGeometry.MIN_WIDTH, NodeGeometry.height(NodeKind.AGENT)));
        assertThat(vm.resizeNode(a1, 99_999, 99_999, false))
                .contains(new Size(NodeGeometry.MAX_SIZE, NodeGeometry.MAX_SIZE));
        assertThat(vm.resizeNode(a1, 220, 72, false)).as("back to the default").isEmpty();
        assertThat(vm.design().node(a1).orElseThrow().size()).isEmpty();
        int steps = 3;
        for (int i = 0; i < steps; i++) {
            vm.undo();
        }
        assertThat(vm.history().canUndoProperty().get()).as("each resize was its own step").isFalse();
    }

    @Test
    void resizingToTheCurrentSizeIsNoEdit() {
        vm.resizeNode(NodeId.of("a1"), 220, 72, false);
        assertThat(vm.history().canUndoProperty().get()).isFalse();
        assertThatThrownBy(() -> vm.resizeNode(NodeId.of("nope"), 300, 80, false)).hasMessage("no node nope");
    }
}
