// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.export;

import dev.baton.app.canvas.CanvasModel;
import dev.baton.app.canvas.CanvasRenderer;
import dev.baton.app.canvas.RenderState;
import dev.baton.app.canvas.Viewport;
import dev.baton.themes.CanvasPalette;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Exports the whole design (not just the visible part) as a PNG, drawn by the canvas renderer off screen at 100%,
 * or smaller when the design would exceed {@link #MAX_SIDE} pixels. Call on the FX thread.
 */
public final class PngExport {
    /** Largest image side; larger designs are scaled down to fit. */
    public static final double MAX_SIDE = 8000;
    private static final double MARGIN = 40;

    private PngExport() {
    }

    public static void write(CanvasModel model, CanvasPalette palette, Path file) throws IOException {
        double[] b = model.bounds();
        double w = b[2] - b[0] + 2 * MARGIN;
        double h = b[3] - b[1] + 2 * MARGIN;
        double scale = Math.min(1.0, MAX_SIDE / Math.max(w, h));
        int pw = (int) Math.ceil(w * scale);
        int ph = (int) Math.ceil(h * scale);
        Canvas canvas = new Canvas(pw, ph);
        Viewport vp = new Viewport();
        vp.set(scale, (MARGIN - b[0]) * scale, (MARGIN - b[1]) * scale);
        new CanvasRenderer(palette).draw(canvas.getGraphicsContext2D(), model, vp, new RenderState(), pw, ph, false);
        WritableImage image = canvas.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available to write " + file);
        }
    }
}
