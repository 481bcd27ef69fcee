// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import static dev.baton.app.TestDesigns.node;
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
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer driven like a user, headless: mouse drags, clicks and typing; checks on the model and the screen. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, new MainWindow.Config(new ModelDesignStore(), new ModelValidation(),
                Files.createTempDirectory(dir, "settings"), Theme.LIGHT), s -> dialogs);
        stage.setWidth(1200);
        stage.setHeight(760);
        window.show(null);
    }

    @Test
    void draggingFromThePalettePlacesANodeWhereItIsDropped(FxRobot robot) {
        DesignCanvas canvas = window.canvas();
        Point2D target = canvas.localToScreen(300, 250);
        robot.drag("#palette-agent", MouseButton.PRIMARY).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();

        Design d = window.document().design();
        assertThat(d.nodes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NodeKind.AGENT);
            double cx = canvas.viewport().toScreenX(n.position().x() + NodeGeometry.width(n) / 2);
            double cy = canvas.viewport().toScreenY(n.position().y() + NodeGeometry.height(n) / 2);
            assertThat(cx).isCloseTo(300, org.assertj.core.data.Offset.offset(NodeGeometry.GRID));
            assertThat(cy).isCloseTo(250, org.assertj.core.data.Offset.offset(NodeGeometry.GRID));
        });
        assertThat(stage.getTitle()).startsWith("*");
        assertThat(robot.lookup("#outline").queryListView().getItems()).hasSize(1);
        assertThat(pixel(canvas, 300 + 40, 250)).isNotEqualTo(pixel(canvas, 40, 400));
    }

    @Test
    void draggingFromAPortConnectsOnlyLegallyAndUndoRedoFollow(FxRobot robot) {
        load(Design.empty("Connect").withNodes(List.of(node("writer", NodeKind.AGENT, 0, 0),
                node("search", NodeKind.TOOL, 400, 0), node("intake", NodeKind.START, 0, 200))));
        DesignCanvas canvas = window.canvas();

        robot.drag(outPort(canvas, "writer"), MouseButton.PRIMARY).dropTo(centre(canvas, "search"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design().edges()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EdgeKind.CALL);
            assertThat(e.from()).isEqualTo(NodeId.of("writer"));
        });

        robot.drag(outPort(canvas, "writer"), MouseButton.PRIMARY).dropTo(centre(canvas, "intake"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design().edges()).as("an agent cannot feed the intake").hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design().edges()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design().edges()).extracting(Edge::kind).containsExactly(EdgeKind.CALL);
    }

    @Test
    void editingABudgetThenUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        load(Design.empty("Budget").withNodes(List.of(node("writer", NodeKind.AGENT, 0, 0))));
        DesignCanvas canvas = window.canvas();
        robot.clickOn(centre(canvas, "writer"));
        assertThat(robot.lookup("#propertiesHeading").queryLabeled().getText()).isEqualTo("agent \u00b7 writer");

        robot.clickOn(titledPane(robot, "Limits"));
        TextField budget = editorOf(robot, "Token budget");
        robot.clickOn(budget).write("8000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetOf("writer")).isEqualTo(OptionalLong.of(8000));
        assertThat(stage.getTitle()).startsWith("*");

        robot.clickOn(centre(canvas, "writer"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetOf("writer")).as("typing 8000 is one undo step").isEmpty();
        assertThat(window.document().selection().nodes()).containsExactly(NodeId.of("writer"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetOf("writer")).isEqualTo(OptionalLong.of(8000));
        robot.clickOn(titledPane(robot, "Limits"));
        assertThat(editorOf(robot, "Token budget").getText()).isEqualTo("8000");

        Path file = dir.resolve("budget.baton.json");
        dialogs.saveAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        assertThat(stage.getTitle()).isEqualTo("budget.baton.json \u2014 Baton");

        robot.clickOn("#toolNew");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design().nodes()).isEmpty();
        dialogs.openAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(budgetOf("writer")).isEqualTo(OptionalLong.of(8000));
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).isEqualTo("Opened budget.baton.json");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.clickOn("#palette-tool");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        robot.interact(window::requestClose);
        assertThat(dialogs.askedUnsaved).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
    }

    private void load(Design design) {
        WaitForAsyncUtils.asyncFx(() -> {
            window.document().load(design, null);
            window.canvas().viewport().set(1.0, 60, 60);
            window.canvas().requestRedraw();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private OptionalLong budgetOf(String id) {
        return ((AgentSpec) window.document().design().node(NodeId.of(id)).orElseThrow().spec()).invocation()
                .tokenBudget();
    }

    private dev.baton.model.Node model(String id) {
        return window.document().design().node(NodeId.of(id)).orElseThrow();
    }

    private Point2D centre(DesignCanvas canvas, String id) {
        dev.baton.model.Node n = model(id);
        return canvas.localToScreen(canvas.viewport().toScreenX(n.position().x() + NodeGeometry.width(n) / 2),
                canvas.viewport().toScreenY(n.position().y() + NodeGeometry.height(n) / 2));
    }

    private Point2D outPort(DesignCanvas canvas, String id) {
        dev.baton.model.Node n = model(id);
        return canvas.localToScreen(canvas.viewport().toScreenX(NodeGeometry.outX(n)),
                canvas.viewport().toScreenY(NodeGeometry.outY(n)));
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

    private static Color pixel(DesignCanvas canvas, double x, double y) {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)));
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    /** Answers dialogs from queues set up by each test. */
    private static final class ScriptedDialogs implements Dialogs {
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
