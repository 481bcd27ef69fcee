// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.bench.LargeDesigns;
import dev.baton.app.canvas.CanvasRenderer;
import dev.baton.app.canvas.Corner;
import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.Minimap;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.canvas.NodeSkins;
import dev.baton.app.document.ModelDesignStore;
import dev.baton.app.document.Templates;
import dev.baton.app.edit.Selection;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.format.DesignFiles;
import dev.baton.themes.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
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

/** The canvas at large: hit testing at every zoom level, the minimap keeping out of the way, the status bar. */
@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path settings;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        settings = Files.createTempDirectory(dir, "settings");
        window = new MainWindow(stage, new MainWindow.Config(new ModelDesignStore(), new ModelValidation(), settings,
                Theme.LIGHT), s -> null);
        stage.setWidth(1200);
        stage.setHeight(760);
        window.show(null);
    }

    @Test
    void clickingANodeSelectsItWhenZoomedOutAndAfterPanningAndZoomingIn(FxRobot robot) {
        load(LargeDesigns.generate(600, 900, 7));
        DesignCanvas canvas = window.canvas();
        fx(canvas::zoomToFit);
        assertThat(canvas.viewport().scale()).isLessThan(CanvasRenderer.DETAIL_SCALE);
        Node first = nodeNearest(canvas, 0.3, 0.4);
        assertThat(colourAt(canvas, first)).as("the overview draws the node where it is hit")
                .isEqualTo(canvas.palette().get(NodeSkins.of(first).accentToken()));
        clickAndExpectSelected(robot, first);

        fx(() -> canvas.panBy(-137, 41));
        clickAndExpectSelected(robot, nodeNearest(canvas, 0.6, 0.5));

        fx(() -> {
            canvas.zoomActual();
            canvas.panBy(-613, -227);
        });
        assertThat(canvas.viewport().scale()).isEqualTo(1.0);
        clickAndExpectSelected(robot, nodeNearest(canvas, 0.5, 0.5));
    }

    @Test
    void zoomToFitKeepsEveryNodeClearOfTheMinimap() {
        load(LargeDesigns.generate(300, 400, 3));
        DesignCanvas canvas = window.canvas();
        fx(canvas::zoomToFit);
        assertClearOfTheMinimap(canvas);
    }

    @Test
    void theMinimapMovesToTheCornerChosenInTheViewMenuAndStaysThereNextTime(FxRobot robot) {
        load(LargeDesigns.generate(300, 400, 3));
        DesignCanvas canvas = window.canvas();
        robot.clickOn("View").clickOn("Minimap Corner").clickOn("Top Left");
        WaitForAsyncUtils.waitForFxEvents();

        Bounds map = canvas.sceneToLocal(window.minimap().localToScene(window.minimap().getLayoutBounds()));
        assertThat(map.getMinX()).isEqualTo(Minimap.MARGIN);
        assertThat(map.getMinY()).isEqualTo(Minimap.MARGIN);
        fx(canvas::zoomToFit);
        assertClearOfTheMinimap(canvas);

        Corner next = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> new MainWindow(new Stage(),
                new MainWindow.Config(new ModelDesignStore(), new ModelValidation(), settings, Theme.LIGHT), s -> null)
                .minimap().cornerProperty().get()));
        assertThat(next).as("the next window remembers").isEqualTo(Corner.TOP_LEFT);
    }

    private void assertClearOfTheMinimap(DesignCanvas canvas) {
        Bounds map = canvas.sceneToLocal(window.minimap().localToScene(window.minimap().getLayoutBounds()));
        // With some air around it: a node touching the overview's frame looks cut by it.
        double air = Minimap.MARGIN / 2;
        Rectangle2D mapArea = new Rectangle2D(map.getMinX() - air, map.getMinY() - air, map.getWidth() + 2 * air,
                map.getHeight() + 2 * air);
        assertThat(canvas.model().design().nodes()).allSatisfy(n -> assertThat(
                mapArea.intersects(screenRect(canvas, n))).as(n.id().value()).isFalse());
    }

    @Test
    void zoomToFitKeepsTheContextRotTemplateClearOfTheMinimap() {
        Path sample = Templates.onClasspath().stream()
                .filter(t -> t.path().getFileName().toString().equals("incident-context-rot.baton.json"))
                .findFirst().orElseThrow().path();
        // The window size of the README screenshots, where this design used to end right on the overview's frame.
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        fx(() -> window.open(sample));
        fx(window.canvas()::zoomToFit);
        assertClearOfTheMinimap(window.canvas());
    }

    @Test
    void theMinimapCollapsesToAButtonAndNodesUnderItCanBeClicked(FxRobot robot) {
        load(LargeDesigns.generate(300, 400, 3));
        DesignCanvas canvas = window.canvas();
        Minimap minimap = window.minimap();
        fx(() -> canvas.viewport().set(1.0, 0, 0));
        Node under = nodeUnderMinimapCentre(canvas, minimap);

        robot.clickOn("#minimapToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(minimap.collapsedProperty().get()).isTrue();
        assertThat(minimap.getWidth()).isLessThan(Minimap.WIDTH / 4);
        clickAndExpectSelected(robot, under);

        robot.clickOn("#minimapToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimap.getWidth()).isEqualTo(Minimap.WIDTH);
    }

    @Test
    void duringADragTheMinimapLetsThePointerThrough(FxRobot robot) {
        load(LargeDesigns.generate(300, 400, 3));
        DesignCanvas canvas = window.canvas();
        fx(() -> canvas.viewport().set(1.0, 0, 0));
        Node n = nodeNearest(canvas, 0.3, 0.3);

        robot.moveTo(centre(canvas, n)).press(MouseButton.PRIMARY).moveBy(30, 20);
        WaitForAsyncUtils.waitForFxEvents();
        boolean transparentWhileDragging = window.minimap().isMouseTransparent();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(transparentWhileDragging).isTrue();
        assertThat(window.minimap().isMouseTransparent()).isFalse();
    }

    @Test
    void aSampleTooWideToFitAsCardsOpensReadableFromItsStart() {
        Path sample = Templates.onClasspath().stream()
                .filter(t -> t.path().getFileName().toString().equals("support-handoff.baton.json"))
                .findFirst().orElseThrow().path();
        DesignCanvas canvas = window.canvas();
        fx(() -> window.open(sample));
        double opened = canvas.viewport().scale();
        fx(canvas::zoomToFit);
        assertThat(canvas.viewport().scale()).as("fitted whole").isLessThan(CanvasRenderer.DETAIL_SCALE);

        assertThat(opened).isEqualTo(DesignCanvas.READABLE_SCALE);
        fx(() -> window.open(sample));
        Node start = canvas.model().node(new NodeId("intake")).orElseThrow();
        assertThat(new Rectangle2D(0, 0, canvas.getWidth(), canvas.getHeight()).contains(screenRect(canvas, start)))
                .as("the start node is in view").isTrue();
    }

    @Test
    void aLargeDesignStillOpensWhole() throws Exception {
        Path file = dir.resolve("large.baton.json");
        DesignFiles.save(file, LargeDesigns.generate(2000, 3000, 42));
        DesignCanvas canvas = window.canvas();
        fx(() -> window.open(file));
        assertThat(canvas.viewport().scale()).isLessThan(CanvasRenderer.DETAIL_SCALE);
        Rectangle2D area = new Rectangle2D(0, 0, canvas.getWidth(), canvas.getHeight());
        assertThat(canvas.model().design().nodes()).allSatisfy(n -> assertThat(area.contains(screenRect(canvas, n)))
                .as(n.id().value()).isTrue());
    }

    @Test
    void theStatusBarShowsTheZoomWithoutFrameTimes(FxRobot robot) {
        load(LargeDesigns.generate(50, 60, 1));
        fx(() -> window.canvas().zoomActual());
        assertThat(robot.lookup("#statusZoom").queryAs(Label.class).getText()).isEqualTo("100%");
    }

    /** The canvas colour at the centre of {@code n}, as 8-bit channels (the overview draws opaque pixels). */
    private static Color colourAt(DesignCanvas canvas, Node n) {
        Point2D p = local(canvas, n);
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)));
        return image.getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    private void clickAndExpectSelected(FxRobot robot, Node n) {
        robot.clickOn(centre(window.canvas(), n));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().selection()).isEqualTo(Selection.ofNode(n.id()));
    }

    /** The node whose centre is closest to the given fraction of the canvas's width and height. */
    private static Node nodeNearest(DesignCanvas canvas, double fx, double fy) {
        double tx = canvas.getWidth() * fx;
        double ty = canvas.getHeight() * fy;
        return canvas.model().design().nodes().stream().min(Comparator.comparingDouble(n -> {
            Point2D c = local(canvas, n);
            return Math.hypot(c.getX() - tx, c.getY() - ty);
        })).orElseThrow();
    }

    private static Node nodeUnderMinimapCentre(DesignCanvas canvas, Minimap minimap) {
        Bounds map = canvas.sceneToLocal(minimap.localToScene(minimap.getLayoutBounds()));
        double wx = canvas.viewport().toWorldX(map.getCenterX());
        double wy = canvas.viewport().toWorldY(map.getCenterY());
        return canvas.model().nodeAt(wx, wy).or(() -> canvas.model().design().nodes().stream()
                .filter(n -> map.contains(local(canvas, n))).findFirst()).orElseThrow();
    }

    private static Rectangle2D screenRect(DesignCanvas canvas, Node n) {
        double x = canvas.viewport().toScreenX(n.position().x());
        double y = canvas.viewport().toScreenY(n.position().y());
        double s = canvas.viewport().scale();
        return new Rectangle2D(x, y, NodeGeometry.width(n) * s, NodeGeometry.height(n) * s);
    }

    private static Point2D local(DesignCanvas canvas, Node n) {
        return new Point2D(canvas.viewport().toScreenX(n.position().x() + NodeGeometry.width(n) / 2),
                canvas.viewport().toScreenY(n.position().y() + NodeGeometry.height(n) / 2));
    }

    private static Point2D centre(DesignCanvas canvas, Node n) {
        Point2D p = local(canvas, n);
        return canvas.localToScreen(p.getX(), p.getY());
    }

    private void load(Design design) {
        fx(() -> window.document().load(design, null));
    }

    private static void fx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
