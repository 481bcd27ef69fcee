// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import static dev.baton.app.TestDesigns.edge;
import static dev.baton.app.TestDesigns.node;
import static dev.baton.app.shell.CanvasRobot.onFx;
import static dev.baton.app.shell.CanvasRobot.until;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.canvas.CanvasModel;
import dev.baton.app.canvas.EdgePath;
import dev.baton.app.document.ModelDesignStore;
import dev.baton.app.edit.Selection;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Size;
import dev.baton.themes.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Canvas gestures driven with the mouse, headless: resizing, hit testing at several cameras, the connect menu. */
@ExtendWith(ApplicationExtension.class)
class CanvasInteractionTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private CanvasRobot canvas;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, new MainWindow.Config(new ModelDesignStore(), new ModelValidation(),
                Files.createTempDirectory(dir, "settings"), Theme.LIGHT), s -> new MainWindowTest.ScriptedDialogs());
        stage.setWidth(1200);
        stage.setHeight(760);
        window.show(null);
        canvas = new CanvasRobot(window);
    }

    @Test
    void draggingTheResizeHandleResizesTheNodeInOneUndoStep(FxRobot robot) {
        canvas.load(Design.empty("Resize").withNodes(List.of(node("writer", NodeKind.AGENT, 40, 40))), 1.0, 60, 60);
        robot.clickOn(canvas.centre("writer"));
        until("the writer is selected", () -> window.document().selection().equals(Selection.ofNode(NodeId.of("writer"))));
        javafx.scene.paint.Color before = canvas.pixel(60 + 40 + 290, 60 + 40 + 100);

        Point2D handle = canvas.resizeHandle("writer");
        robot.drag(handle, MouseButton.PRIMARY).moveTo(handle.add(100, 40)).release(MouseButton.PRIMARY);
        // 220 x 72 dragged by (100, 40) at 100%: the corner snaps to the grid, (360, 152) -> (360, 160).
        until("the writer is resized", () -> canvas.node("writer").size().isPresent());
        assertThat(canvas.node("writer").size()).contains(new Size(320, 120));
        assertThat(canvas.node("writer").position().x()).isEqualTo(40);
        assertThat(window.document().history().undoLabelProperty().get()).isEqualTo("Resize");
        assertThat(canvas.pixel(60 + 40 + 290, 60 + 40 + 100)).as("the node now covers the point")
                .isNotEqualTo(before);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until("undo restores the default size", () -> canvas.node("writer").size().isEmpty());
        assertThat(window.document().history().canUndoProperty().get()).as("the drag was one step").isFalse();
        assertThat(window.document().selection()).isEqualTo(Selection.ofNode(NodeId.of("writer")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        until("redo resizes again", () -> canvas.node("writer").size().equals(Optional.of(new Size(320, 120))));
    }

    @Test
    void aNodeCannotBeResizedBelowItsMinimum(FxRobot robot) {
        canvas.load(Design.empty("Resize").withNodes(List.of(node("writer", NodeKind.AGENT, 40, 40))), 1.0, 60, 60);
        robot.clickOn(canvas.centre("writer"));
        until("the writer is selected", () -> !window.document().selection().nodes().isEmpty());
        Point2D handle = canvas.resizeHandle("writer");
        robot.drag(handle, MouseButton.PRIMARY).moveTo(handle.add(-180, -60)).release(MouseButton.PRIMARY);
        until("the writer is resized", () -> canvas.node("writer").size().isPresent());
        assertThat(canvas.node("writer").size()).contains(new Size(120, 72));
    }

    /** Two agents joined by a handoff, with room around them. */
    private static Design twoAgents() {
        return Design.empty("Hit").withNodes(List.of(node("a", NodeKind.AGENT, 0, 0), node("b", NodeKind.AGENT, 300, 160)))
                .withEdges(List.of(edge("ab", EdgeKind.HANDOFF, "a", "b")));
    }

    @Test
    void clicksSelectTheNodeTheEdgeOrNothingAtEveryZoomAndPan(FxRobot robot) {
        Design d = twoAgents();
        EdgePath path = new CanvasModel(d).path(d.edges().get(0)).orElseThrow();
        double[] empty = {60, 150};
        for (double scale : new double[] {0.5, 1.0, 1.25}) {
            for (double[] pan : new double[][] {{0, 0}, {-40, 30}, {50, -20}}) {
                // Centre the figure (world 0..520 x 0..232) on the canvas, then pan away from the centre.
                double[] size = onFx(() -> new double[] {window.canvas().getWidth(), window.canvas().getHeight()});
                double tx = size[0] / 2 - scale * 260 + pan[0];
                double ty = size[1] / 2 - scale * 116 + pan[1];
                canvas.load(d, scale, tx, ty);
                String where = "at " + (int) (scale * 100) + "% panned by " + Arrays.toString(pan);

                robot.clickOn(canvas.centre("b"));
                until("b is selected " + where, () -> window.document().selection().equals(Selection.ofNode(NodeId.of("b"))));

                robot.clickOn(canvas.world(path.pointX(0.5), path.pointY(0.5)));
                until("the edge is selected " + where,
                        () -> window.document().selection().equals(Selection.ofEdge(new EdgeId("ab"))));

                robot.clickOn(canvas.world(empty[0], empty[1]));
                until("nothing is selected " + where, () -> window.document().selection().equals(Selection.EMPTY));

                robot.clickOn(canvas.world(10, 60));
                until("a is selected near its corner " + where,
                        () -> window.document().selection().equals(Selection.ofNode(NodeId.of("a"))));
            }
        }
    }

    @Test
    void connectingTwoNodesWithSeveralLegalKindsOffersExactlyThoseAndCreatesTheChosenOne(FxRobot robot) {
        canvas.load(Design.empty("Connect").withNodes(List.of(node("orch", NodeKind.ORCHESTRATOR, 0, 0),
                node("worker", NodeKind.AGENT, 400, 0))), 1.0, 60, 60);
        List<String> legal = Arrays.stream(EdgeKind.values())
                .filter(k -> k.allows(NodeKind.ORCHESTRATOR, NodeKind.AGENT)).map(EdgeKind::jsonName)
                .collect(Collectors.toList());
        assertThat(legal).as("the table allows more than one kind here").hasSizeGreaterThan(1);

        robot.drag(canvas.outPort("orch"), MouseButton.PRIMARY).dropTo(canvas.centre("worker"));
        until("the connect menu shows", () -> connectMenu().isPresent());
        List<MenuItem> items = onFx(() -> List.copyOf(connectMenu().orElseThrow().getItems()));
        assertThat(items).extracting(MenuItem::getText).containsExactlyElementsOf(legal);
        assertThat(window.document().design().edges()).as("nothing is created before a choice").isEmpty();

        robot.clickOn("#connect-consult");
        until("the edge exists", () -> !window.document().design().edges().isEmpty());
        assertThat(window.document().design().edges()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EdgeKind.CONSULT);
            assertThat(e.from()).isEqualTo(NodeId.of("orch"));
            assertThat(e.to()).isEqualTo(NodeId.of("worker"));
        });
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until("undo removes it", () -> window.document().design().edges().isEmpty());
    }

    @Test
    void dismissingTheConnectMenuCreatesNothing(FxRobot robot) {
        canvas.load(Design.empty("Connect").withNodes(List.of(node("a", NodeKind.AGENT, 0, 0),
                node("b", NodeKind.AGENT, 400, 0))), 1.0, 60, 60);
        robot.drag(canvas.outPort("a"), MouseButton.PRIMARY).dropTo(canvas.centre("b"));
        until("the connect menu shows", () -> connectMenu().isPresent());
        assertThat(onFx(() -> connectMenu().orElseThrow().getItems().stream().map(MenuItem::getText)
                .collect(Collectors.toList()))).containsExactly("handoff", "consult");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        until("the menu is gone", () -> connectMenu().isEmpty());
        assertThat(window.document().design().edges()).extracting(Edge::id).isEmpty();
    }

    private static Optional<ContextMenu> connectMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()
                && "connectMenu".equals(((ContextMenu) w).getId())).map(ContextMenu.class::cast).findFirst();
    }
}
