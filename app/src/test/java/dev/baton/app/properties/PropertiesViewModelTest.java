// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.TestDesigns;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.edit.Selection;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.Size;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.OrchestratorSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PropertiesViewModelTest {
    private final DocumentViewModel document = new DocumentViewModel(d -> java.util.List.of());
    private final PropertiesViewModel vm = new PropertiesViewModel(document);

    @BeforeEach
    void open() {
        document.load(TestDesigns.orchestratorWithTwoAgents(), Path.of("two.baton.json"));
    }

    private AgentSpec a1() {
        return (AgentSpec) document.design().node(NodeId.of("a1")).orElseThrow().spec();
    }

    @Test
    void typingABudgetKeyByKeyIsOneUndoStep() {
        document.select(Selection.ofNode(NodeId.of("a1")));
        assertThat(vm.headingProperty().get()).isEqualTo("agent \u00b7 a1");
        for (String typed : new String[] {"8", "80", "800", "8000"}) {
            assertThat(vm.set("Token budget", typed)).isTrue();
        }
        assertThat(a1().invocation().tokenBudget()).isEqualTo(OptionalLong.of(8000));
        document.undo();
        assertThat(a1().invocation().tokenBudget()).isEmpty();
        document.redo();
        assertThat(a1().invocation().tokenBudget()).isEqualTo(OptionalLong.of(8000));
    }

    @Test
    void theSizeRowResizesAndTheDefaultSizeButtonResetsEachAsOneUndoStep() {
        NodeId a1 = NodeId.of("a1");
        document.select(Selection.ofNode(a1));
        assertThat(vm.property("Size").orElseThrow().value()).isEqualTo("220 x 72 (default)");
        assertThat(vm.property("Default size").orElseThrow().value()).isEqualTo(
                new Property.Action("Reset to 220 x 72", false));

        for (String typed : new String[] {"3", "30", "300", "300 x", "300 x 9", "300 x 90"}) {
            vm.set("Size", typed);
        }
        assertThat(sizeOf(a1)).contains(new Size(300, 90));
        assertThat(vm.property("Default size").orElseThrow().value()).isEqualTo(
                new Property.Action("Reset to 220 x 72", true));

        assertThat(vm.set("Default size", Boolean.TRUE)).isTrue();
        assertThat(sizeOf(a1)).isEmpty();
        assertThat(vm.property("Size").orElseThrow().value()).isEqualTo("220 x 72 (default)");
        document.undo();
        assertThat(sizeOf(a1)).as("undoing the reset").contains(new Size(300, 90));
        document.undo();
        assertThat(sizeOf(a1)).as("typing the size was one step").isEmpty();
        assertThat(document.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aSizeIsKeptWithinWhatTheResizeHandleAllowsAndNonsenseIsRejected() {
        NodeId a1 = NodeId.of("a1");
        document.select(Selection.ofNode(a1));
        assertThat(vm.set("Size", "50 x 5000")).isTrue();
        assertThat(sizeOf(a1)).contains(new Size(NodeGeometry.MIN_WIDTH, NodeGeometry.MAX_SIZE));
        assertThat(vm.set("Size", "wide")).isFalse();
        assertThat(vm.errorProperty().get()).contains("WIDTH x HEIGHT").contains("wide");
        assertThat(vm.set("Size", "")).isTrue();
        assertThat(sizeOf(a1)).as("empty goes back to the default").isEmpty();
    }

    private java.util.Optional<Size> sizeOf(NodeId id) {
        return document.design().node(id).orElseThrow().size();
    }

    @Test
    void badInputIsRejectedWithAMessageAndChangesNothing() {
        document.select(Selection.ofNode(NodeId.of("a1")));
        assertThat(vm.set("Token budget", "lots")).isFalse();
        assertThat(vm.errorProperty().get()).contains("token budget").contains("lots");
        assertThat(vm.set("Timeout", "30")).isFalse();
        assertThat(vm.errorProperty().get()).contains("timeout").contains("30s");
        assertThat(vm.set("Token budget", "0")).isFalse();
        assertThat(vm.errorProperty().get()).contains("tokenBudget must be >= 1");
        assertThat(document.history().canUndoProperty().get()).isFalse();

        assertThat(vm.set("Timeout", "1m30s")).isTrue();
        assertThat(a1().invocation().timeout()).contains(Duration.ofSeconds(90));
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void orchestratorRowsEditTheFailurePolicy() {
        document.select(Selection.ofNode(NodeId.of("orch")));
        assertThat(vm.property("On failed").orElseThrow().type()).isEqualTo(FailureAction.class);
        vm.set("On failed", FailureAction.ESCALATE);
        var spec = (OrchestratorSpec) document.design().node(NodeId.of("orch")).orElseThrow().spec();
        assertThat(spec.failurePolicy().onFailed()).isEqualTo(FailureAction.ESCALATE);
    }

    @Test
    void withNothingSelectedTheSheetEditsTheTaskPolicy() {
        document.select(Selection.EMPTY);
        assertThat(vm.property("Hop cap").orElseThrow().value()).isEqualTo("12");
        vm.set("Hop cap", "");
        assertThat(document.design().policy().hopCap()).isEqualTo(OptionalInt.empty());
        assertThat(vm.set("Owner", "nobody")).isFalse();
        assertThat(vm.set("Owner", "orch")).isTrue();
        assertThat(document.design().policy().owner()).contains(NodeId.of("orch"));
    }

    @Test
    void anEdgeShowsItsEndpointsReadOnly() {
        document.select(Selection.ofEdge(EdgeId.of("e2")));
        assertThat(vm.property("From").orElseThrow().editable()).isFalse();
        assertThat(vm.property("From").orElseThrow().value()).isEqualTo("orch");
        vm.set("Label", "research");
        assertThat(document.design().edge(EdgeId.of("e2")).orElseThrow().label()).isEqualTo("research");
    }

    @Test
    void undoElsewhereRefreshesTheRows() {
        document.select(Selection.ofNode(NodeId.of("a1")));
        vm.set("Label", "Writer");
        var rowsBefore = vm.properties();
        document.undo();
        assertThat(vm.properties()).isNotSameAs(rowsBefore);
        assertThat(vm.property("Label").orElseThrow().value()).isEqualTo("a1");
    }
}
