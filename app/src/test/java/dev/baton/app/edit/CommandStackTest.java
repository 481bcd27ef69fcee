// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import static dev.baton.app.TestDesigns.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.TestDesigns;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Design initial = TestDesigns.orchestratorWithTwoAgents();
    private final CommandStack stack = new CommandStack(initial);

    @Test
    void undoRestoresThePreviousDesignAndSelection() {
        Selection before = Selection.ofNode(NodeId.of("a1"));
        stack.execute(new RemoveElements(Set.of(NodeId.of("a1")), Set.of(), "Delete"), before, Selection.EMPTY);
        assertThat(stack.design().node(NodeId.of("a1"))).isEmpty();
        assertThat(stack.design().edges()).hasSize(3);

        Selection restored = stack.undo();

        assertThat(stack.design()).isSameAs(initial);
        assertThat(restored).isEqualTo(before);
        assertThat(stack.redo()).isEqualTo(Selection.EMPTY);
        assertThat(stack.design().node(NodeId.of("a1"))).isEmpty();
    }

    @Test
    void dirtyFollowsTheSavedMarkThroughUndoAndRedo() {
        assertThat(stack.isDirty()).isFalse();
        stack.execute(AddElements.node(node("x", NodeKind.AGENT, 0, 0)), Selection.EMPTY, Selection.EMPTY);
        assertThat(stack.isDirty()).isTrue();
        stack.mark();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void typingIntoOneFieldMergesIntoOneStepButANewFieldDoesNot() {
        var a1 = initial.node(NodeId.of("a1")).orElseThrow();
        stack.execute(new ReplaceNode(a1.withLabel("W"), "label"), Selection.EMPTY, Selection.EMPTY);
        stack.execute(new ReplaceNode(a1.withLabel("Wr"), "label"), Selection.EMPTY, Selection.EMPTY);
        stack.execute(new ReplaceNode(a1.withLabel("Writer"), "label"), Selection.EMPTY, Selection.EMPTY);
        stack.execute(new ReplaceNode(a1.withLabel("Writer").withPosition(new Position(1, 1)), "position"),
                Selection.EMPTY, Selection.EMPTY);

        stack.undo();
        assertThat(stack.design().node(NodeId.of("a1")).orElseThrow().label()).isEqualTo("Writer");
        stack.undo();
        assertThat(stack.design()).isSameAs(initial);
        assertThat(stack.canUndoProperty().get()).isFalse();
    }

    @Test
    void dragsDoNotMergeButNudgesOfTheSameNodesDo() {
        Map<NodeId, Position> p1 = Map.of(NodeId.of("a1"), new Position(10, 0));
        Map<NodeId, Position> p2 = Map.of(NodeId.of("a1"), new Position(20, 0));
        stack.execute(new MoveNodes(p1, "Move"), Selection.EMPTY, Selection.EMPTY);
        stack.execute(new MoveNodes(p2, "Move"), Selection.EMPTY, Selection.EMPTY);
        stack.undo();
        assertThat(stack.design().node(NodeId.of("a1")).orElseThrow().position()).isEqualTo(new Position(10, 0));

        stack.execute(new MoveNodes(p2, MoveNodes.NUDGE), Selection.EMPTY, Selection.EMPTY);
        stack.execute(new MoveNodes(Map.of(NodeId.of("a1"), new Position(40, 0)), MoveNodes.NUDGE), Selection.EMPTY,
                Selection.EMPTY);
        stack.undo();
        assertThat(stack.design().node(NodeId.of("a1")).orElseThrow().position()).isEqualTo(new Position(10, 0));
    }

    @Test
    void labelsNameTheNextUndoAndRedo() {
        stack.execute(AddElements.node(node("x", NodeKind.TOOL, 0, 0)), Selection.EMPTY, Selection.EMPTY);
        assertThat(stack.undoLabelProperty().get()).isEqualTo("Add tool");
        stack.undo();
        assertThat(stack.undoLabelProperty().get()).isEmpty();
        assertThat(stack.redoLabelProperty().get()).isEqualTo("Add tool");
    }

    @Test
    void historyIsBounded() {
        CommandStack small = new CommandStack(initial, 2);
        for (int i = 0; i < 5; i++) {
            small.execute(AddElements.node(node("n" + i, NodeKind.AGENT, i, 0)), Selection.EMPTY, Selection.EMPTY);
        }
        assertThat(small.undo()).isNotNull();
        assertThat(small.undo()).isNotNull();
        assertThat(small.undo()).isNull();
        assertThat(small.design().nodes()).hasSize(initial.nodes().size() + 3);
    }

    @Test
    void anEditFromInsideAChangeListenerIsRejected() {
        java.util.List<Throwable> thrown = new java.util.ArrayList<>();
        stack.designProperty().addListener((obs, old, now) -> {
            try {
                stack.execute(AddElements.node(node("nested", NodeKind.AGENT, 0, 0)), Selection.EMPTY,
                        Selection.EMPTY);
            } catch (IllegalStateException e) {
                thrown.add(e);
            }
        });
        stack.execute(AddElements.node(node("x", NodeKind.AGENT, 0, 0)), Selection.EMPTY, Selection.EMPTY);

        assertThat(thrown).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("busy"));
        assertThat(stack.design().node(NodeId.of("nested"))).isEmpty();
        stack.undo();
        assertThat(stack.design()).isSameAs(initial);
    }
}
