// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import static dev.baton.app.TestDesigns.node;
import static dev.baton.app.shell.CanvasRobot.onFx;
import static dev.baton.app.shell.CanvasRobot.until;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.document.ModelDesignStore;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Size;
import dev.baton.model.spec.AgentSpec;
import dev.baton.themes.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The designer driven like a user, headless: mouse drags, clicks and typing; checks on the model and the screen. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;
    private Stage stage;
    private CanvasRobot canvasRobot;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, new MainWindow.Config(new ModelDesignStore(), new ModelValidation(),
                Files.createTempDirectory(dir, "settings"), Theme.LIGHT), s -> dialogs);
        stage.setWidth(1200);
        stage.setHeight(760);
        window.show(null);
        canvasRobot = new CanvasRobot(window);
    }

    @Test
    void draggingFromThePalettePlacesANodeWhereItIsDropped(FxRobot robot) {
        DesignCanvas canvas = window.canvas();
        Point2D target = canvas.localToScreen(300, 250);
        robot.drag("#palette-agent", MouseButton.PRIMARY).dropTo(target);
        until("the dropped node is in the design", () -> !window.document().design().nodes().isEmpty());

        Design d = onFx(() -> window.document().design());
        assertThat(d.nodes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NodeKind.AGENT);
            double cx = canvas.viewport().toScreenX(n.position().x() + NodeGeometry.width(n) / 2);
            double cy = canvas.viewport().toScreenY(n.position().y() + NodeGeometry.height(n) / 2);
            assertThat(cx).isCloseTo(300, org.assertj.core.data.Offset.offset(NodeGeometry.GRID));
            assertThat(cy).isCloseTo(250, org.assertj.core.data.Offset.offset(NodeGeometry.GRID));
        });
        until("the title shows unsaved changes", () -> stage.getTitle().startsWith("*"));
        until("the outline lists the node", () -> robot.lookup("#outline").queryListView().getItems().size() == 1);
        assertThat(canvasRobot.pixel(300 + 40, 250)).isNotEqualTo(canvasRobot.pixel(40, 400));
    }

    @Test
    void draggingFromAPortConnectsOnlyLegallyAndUndoRedoFollow(FxRobot robot) {
        load(Design.empty("Connect").withNodes(List.of(node("writer", NodeKind.AGENT, 0, 0),
                node("search", NodeKind.TOOL, 400, 0), node("intake", NodeKind.START, 0, 200))));
        DesignCanvas canvas = window.canvas();

        robot.drag(outPort(canvas, "writer"), MouseButton.PRIMARY).dropTo(centre(canvas, "search"));
        until("the call edge exists", () -> !window.document().design().edges().isEmpty());
        assertThat(window.document().design().edges()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EdgeKind.CALL);
            assertThat(e.from()).isEqualTo(NodeId.of("writer"));
        });

        robot.drag(outPort(canvas, "writer"), MouseButton.PRIMARY).dropTo(centre(canvas, "intake"));
        // Nothing to wait for when nothing happens: wait until the drag has ended (no connection preview left).
        until("the connection drag has ended", () -> window.canvas().model().design().edges().size() == 1
                && robot.lookup("#designCanvas").query().getCursor() != javafx.scene.Cursor.CROSSHAIR);
        assertThat(window.document().design().edges()).as("an agent cannot feed the intake").hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until("undo removes the edge", () -> window.document().design().edges().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        until("redo restores the edge", () -> window.document().design().edges().size() == 1);
        assertThat(window.document().design().edges()).extracting(Edge::kind).containsExactly(EdgeKind.CALL);
    }

    @Test
    void editingABudgetThenUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        load(Design.empty("Budget").withNodes(List.of(node("writer", NodeKind.AGENT, 0, 0))));
        DesignCanvas canvas = window.canvas();
        robot.clickOn(centre(canvas, "writer"));
        until("the property sheet shows the writer",
                () -> robot.lookup("#propertiesHeading").queryLabeled().getText().equals("agent \u00b7 writer"));

        TextField budget = openLimits(robot);
        // A click during the pane's opening animation can miss the field; type only once it has the focus.
        robot.clickOn(budget);
        until("the budget field has the focus", budget::isFocused);
        robot.write("8000");
        until("the budget is 8000", () -> budgetOf("writer").equals(OptionalLong.of(8000)));
        assertThat(stage.getTitle()).startsWith("*");

        robot.clickOn(centre(canvas, "writer"));
        until("the canvas has the focus", () -> window.canvas().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until("undo clears the budget", () -> budgetOf("writer").isEmpty());
        assertThat(window.document().history().canUndoProperty().get()).as("typing 8000 is one undo step").isFalse();
        assertThat(window.document().selection().nodes()).containsExactly(NodeId.of("writer"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        until("redo sets the budget again", () -> budgetOf("writer").equals(OptionalLong.of(8000)));
        TextField shown = openLimits(robot);
        String shownText = onFx(shown::getText);
        assertThat(shownText).isEqualTo("8000");

        Path file = dir.resolve("budget.baton.json");
        dialogs.saveAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        until("the title shows the saved file", () -> stage.getTitle().equals("budget.baton.json \u2014 Baton"));
        assertThat(file).exists();

        robot.clickOn("#toolNew");
        until("New empties the design", () -> window.document().design().nodes().isEmpty());
        dialogs.openAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        until("the saved file is open again", () -> window.document().design().node(NodeId.of("writer")).isPresent());
        assertThat(budgetOf("writer")).isEqualTo(OptionalLong.of(8000));
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).isEqualTo("Opened budget.baton.json");
    }

    @Test
    void theDefaultSizeButtonGivesAResizedNodeItsSizeBackAndUndoTakesItAway(FxRobot robot) {
        load(Design.empty("Size").withNodes(List.of(
                node("writer", NodeKind.AGENT, 0, 0).withSize(Optional.of(new Size(320, 100))))));
        robot.clickOn(centre(window.canvas(), "writer"));
        until("the property sheet shows the writer",
                () -> robot.lookup("#propertiesHeading").queryLabeled().getText().equals("agent \u00b7 writer"));
        TitledPane general = titledPane(robot, "General");
        onFx(() -> {
            general.setAnimated(false);
            general.setExpanded(true);
            return null;
        });
        Button reset = onFx(() -> robot.lookup("#action-default-size").queryButton());
        until("the button is shown", () -> reset.isVisible() && reset.getHeight() > 0);
        assertThat(reset.getText()).isEqualTo("Reset to 220 x 72");

        robot.clickOn(reset);
        until("the writer has its kind's size again", () -> sizeOf("writer").isEmpty());
        until("the button is off now", () -> robot.lookup("#action-default-size").queryButton().isDisabled());

        robot.clickOn(centre(window.canvas(), "writer"));
        until("the canvas has the focus", () -> window.canvas().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until("undo gives the saved size back", () -> sizeOf("writer").equals(Optional.of(new Size(320, 100))));
    }

    private Optional<Size> sizeOf(String id) {
        return onFx(() -> window.document().design().node(NodeId.of(id)).orElseThrow().size());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.clickOn("#palette-tool");
        until("the tool is added", () -> !window.document().design().nodes().isEmpty());
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        robot.interact(window::requestClose);
        assertThat(dialogs.askedUnsaved).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
    }

    private void load(Design design) {
        canvasRobot.load(design, 1.0, 60, 60);
    }

    private OptionalLong budgetOf(String id) {
        return onFx(() -> ((AgentSpec) window.document().design().node(NodeId.of(id)).orElseThrow().spec())
                .invocation().tokenBudget());
    }

    private Point2D centre(DesignCanvas canvas, String id) {
        return canvasRobot.centre(id);
    }

    private Point2D outPort(DesignCanvas canvas, String id) {
        return canvasRobot.outPort(id);
    }

    /**
     * Opens the property sheet's "Limits" pane with a click if it is closed and returns the token budget field. The
     * pane's opening animation is switched off first: the robot must not aim at a field that is still sliding.
     */
    private static TextField openLimits(FxRobot robot) {
        TitledPane limits = titledPane(robot, "Limits");
        onFx(() -> {
            limits.setAnimated(false);
            return null;
        });
        if (!onFx(limits::isExpanded)) {
            robot.clickOn(limits);
        }
        until("the Limits pane is open", limits::isExpanded);
        TextField budget = onFx(() -> editorOf(robot, "Token budget"));
        until("the budget field is shown", () -> budget.isVisible() && budget.getHeight() > 0);
        return budget;
    }

    private static TitledPane titledPane(FxRobot robot, String title) {
        return robot.lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> p.getText().equals(title)).findFirst().orElseThrow();
    }

    /** The text field next to the property sheet label {@code name}. */
    private static TextField editorOf(FxRobot robot, String name) {
        Label label = robot.lookup("#properties .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(name) && l.isVisible()).findFirst().orElseThrow();
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) label.getParent();
        Integer row = javafx.scene.layout.GridPane.getRowIndex(label);
        return grid.getChildren().stream().filter(n -> n instanceof TextField
                && java.util.Objects.equals(javafx.scene.layout.GridPane.getRowIndex(n), row))
                .map(TextField.class::cast).findFirst().orElseThrow();
    }

    /** Answers dialogs from queues set up by each test. */
    static final class ScriptedDialogs implements Dialogs {
        final Deque<Path> openAnswers = new ArrayDeque<>();
        final Deque<Path> saveAnswers = new ArrayDeque<>();
        UnsavedChoice unsavedAnswer = UnsavedChoice.DISCARD;
        int askedUnsaved;

        @Override
        public Optional<Path> chooseFileToOpen() {
            return Optional.ofNullable(openAnswers.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String name, String extension, String description) {
            return Optional.ofNullable(saveAnswers.poll());
        }

        @Override
        public UnsavedChoice askUnsavedChanges(String documentName) {
            askedUnsaved++;
            return unsavedAnswer;
        }

        @Override
        public boolean askRestore(String description) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }
    }
}
