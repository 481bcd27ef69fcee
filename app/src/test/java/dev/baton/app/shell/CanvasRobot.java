// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where things are on a {@link MainWindow}'s canvas, in screen coordinates for the robot, and waits that poll a
 * condition on the FX thread instead of sleeping: under load, one event pulse is not always enough for a drag to be
 * processed, so every check after a gesture first waits until the model shows its effect (or times out).
 */
final class CanvasRobot {
    /** Long enough for a loaded 2-core CI machine; a passing test waits only as long as it must. */
    private static final long TIMEOUT_SECONDS = 20;

    private final MainWindow window;

    CanvasRobot(MainWindow window) {
        this.window = window;
    }

    DesignCanvas canvas() {
        return window.canvas();
    }

    /** Replaces the document and sets the camera, on the FX thread, then waits until the canvas has a size. */
    void load(Design design, double scale, double translateX, double translateY) {
        onFx(() -> {
            window.document().load(design, null);
            canvas().viewport().set(scale, translateX, translateY);
            canvas().requestRedraw();
            return null;
        });
        until("the canvas is laid out", () -> canvas().getWidth() > 0 && canvas().getHeight() > 0);
    }

    /** Sets the camera on the FX thread. */
    void camera(double scale, double translateX, double translateY) {
        onFx(() -> {
            canvas().viewport().set(scale, translateX, translateY);
            canvas().requestRedraw();
            return null;
        });
    }

    Node node(String id) {
        return onFx(() -> window.document().design().node(NodeId.of(id)).orElseThrow());
    }

    Point2D centre(String id) {
        Node n = node(id);
        return world(n.position().x() + NodeGeometry.width(n) / 2, n.position().y() + NodeGeometry.height(n) / 2);
    }

    Point2D outPort(String id) {
        Node n = node(id);
        return world(NodeGeometry.outX(n), NodeGeometry.outY(n));
    }

    /** The resize handle of a lone selected node: its bottom-right corner. */
    Point2D resizeHandle(String id) {
        Node n = node(id);
        return world(n.position().x() + NodeGeometry.width(n), n.position().y() + NodeGeometry.height(n));
    }

    /** The screen point of world point (x, y); fails when it is not on the visible canvas. */
    Point2D world(double x, double y) {
        double[] local = onFx(() -> new double[] {canvas().viewport().toScreenX(x), canvas().viewport().toScreenY(y),
            canvas().getWidth(), canvas().getHeight()});
        assertThat(local[0]).as("world x %s is on the canvas", x).isBetween(1.0, local[2] - 1);
        assertThat(local[1]).as("world y %s is on the canvas", y).isBetween(1.0, local[3] - 1);
        return onFx(() -> canvas().localToScreen(local[0], local[1]));
    }

    /** The colour of the canvas pixel at local (x, y), from a fresh snapshot. */
    Color pixel(double x, double y) {
        WritableImage image = onFx(() -> {
            canvas().redrawNow();
            return canvas().snapshot(null, null);
        });
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds; fails naming {@code what} otherwise. */
    static void until(String what, Callable<Boolean> condition) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s waiting until " + what, e);
        }
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
