// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.validation.Problem;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.themes.CanvasPalette;
import java.nio.IntBuffer;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The zoomed-out level of detail: background, grid dots, edges as thin antialiased lines (curves flattened to a few
 * segments, no arrowheads or labels) and nodes as blocks in their kind's colour, named once they are tall enough,
 * with selection, findings and the drag preview. Drawn with {@link PixelRaster} into one image that the canvas draws in a single call, so a frame
 * costs about the same for 20 or 20,000 elements. Use on the FX thread.
 */
final class OverviewLayer {
    /**
     * Opacity of an ordinary edge at the detail threshold; it fades further as the view zooms out, so in a dense
     * overview the nodes stand out and the edges read as a texture between them.
     */
    private static final double EDGE_ALPHA = 0.75;
    /** From this zoom on, blocks are tall enough to carry their node's name. */
    static final double LABEL_SCALE = 0.2;
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 11);

    private final PixelRaster raster = new PixelRaster();
    private PixelBuffer<IntBuffer> shared;
    private WritableImage image;

    /** Draws the layer for a {@code width} x {@code height} pixel canvas with identity transform on {@code g}. */
    void draw(GraphicsContext g, CanvasPalette palette, CanvasModel model, Viewport vp, RenderState s, int width,
            int height, boolean showGrid) {
        raster.reset(width, height, PixelRaster.argb(palette.get(CanvasTokens.BACKGROUND)));
        if (showGrid) {
            drawGrid(vp, rgb(palette, CanvasTokens.GRID));
        }
        drawEdges(palette, model, vp, s);
        drawNodes(palette, model, vp, s);
        if (shared == null || shared.getBuffer() != raster.buffer() || shared.getWidth() != width
                || shared.getHeight() != height) {
            // The image shares the raster's pixels, so a frame costs no copy on the FX thread.
            shared = new PixelBuffer<>(width, height, raster.buffer(), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(shared);
        } else {
            shared.updateBuffer(b -> null);
        }
        g.drawImage(image, 0, 0);
        drawLabels(g, model, vp, s);
    }

    /** Node names in white on their blocks, once the blocks are tall enough to hold a readable line. */
    private static void drawLabels(GraphicsContext g, CanvasModel model, Viewport vp, RenderState s) {
        if (vp.scale() < LABEL_SCALE) {
            return;
        }
        Font font = ScreenText.scaled(LABEL, Math.min(11, Math.max(8, 27 * vp.scale())) / LABEL.getSize());
        g.setFont(font);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double width = g.getCanvas().getWidth();
        double height = g.getCanvas().getHeight();
        for (Node n : model.design().nodes()) {
            boolean moving = s.moving.contains(n.id());
            double x = vp.toScreenX(n.position().x() + (moving ? s.moveDx : 0));
            double y = vp.toScreenY(n.position().y() + (moving ? s.moveDy : 0));
            double w = NodeGeometry.width(n) * vp.scale();
            double h = NodeGeometry.height(n) * vp.scale();
            if (x > width || y > height || x + w < 0 || y + h < 0) {
                continue;
            }
            g.fillText(TextFit.fit(n.label(), font, Math.round(w - 8)), Math.round(x + 4), Math.round(y + h / 2));
        }
    }

    /** The pixels of the last frame; for tests. */
    PixelRaster raster() {
        return raster;
    }

    /** A token's colour as 0xRRGGBB. */
    private static int rgb(CanvasPalette palette, String token) {
        return PixelRaster.argb(palette.get(token)) & 0xFFFFFF;
    }

    private void drawGrid(Viewport vp, int rgb) {
        double step = NodeGeometry.GRID * vp.scale();
        while (step < 14) {
            step *= 5;
        }
        double ox = ((vp.translateX() % step) + step) % step;
        double oy = ((vp.translateY() % step) + step) % step;
        for (double y = oy; y < raster.height(); y += step) {
            for (double x = ox; x < raster.width(); x += step) {
                int xi = (int) x;
                int yi = (int) y;
                raster.blend(xi, yi, rgb, 1);
                raster.blend(xi + 1, yi, rgb, 0.5);
                raster.blend(xi, yi + 1, rgb, 0.5);
            }
        }
    }

    private void drawEdges(CanvasPalette palette, CanvasModel model, Viewport vp, RenderState s) {
        int[] colours = new int[EdgeKind.values().length];
        for (EdgeKind k : EdgeKind.values()) {
            colours[k.ordinal()] = rgb(palette, EdgeStyle.of(k).colorToken());
        }
        int selection = rgb(palette, CanvasTokens.SELECTION);
        int error = rgb(palette, CanvasTokens.ERROR);
        double alpha = EDGE_ALPHA * Math.max(0.45, Math.min(1, vp.scale() / CanvasRenderer.DETAIL_SCALE * 2));
        double minX = vp.toWorldX(0);
        double minY = vp.toWorldY(0);
        double maxX = vp.toWorldX(raster.width());
        double maxY = vp.toWorldY(raster.height());
        for (Edge e : model.design().edges()) {
            Optional<EdgePath> op = model.path(e, s.moving, s.moveDx, s.moveDy);
            if (op.isEmpty() || !op.get().mayIntersect(minX, minY, maxX, maxY)) {
                continue;
            }
            boolean selected = s.selection.contains(e.id());
            boolean broken = s.edgeProblems.contains(e.id());
            if (selected || broken) {
                curve(op.get(), vp, selected ? selection : error, 1.0, true);
            } else {
                curve(op.get(), vp, colours[e.kind().ordinal()], alpha, false);
            }
        }
    }

    /** The curve flattened into as many segments as its on-screen length needs; {@code bold} adds two more lines. */
    private void curve(EdgePath p, Viewport vp, int rgb, double alpha, boolean bold) {
        double chord = Math.hypot(p.x2() - p.x1(), p.y2() - p.y1()) * vp.scale();
        int segments = (int) Math.max(1, Math.min(12, chord / 12));
        double px = vp.toScreenX(p.x1());
        double py = vp.toScreenY(p.y1());
        for (int i = 1; i <= segments; i++) {
            double t = (double) i / segments;
            double qx = vp.toScreenX(p.pointX(t));
            double qy = vp.toScreenY(p.pointY(t));
            raster.line(px, py, qx, qy, rgb, alpha);
            if (bold) {
                raster.line(px, py - 1, qx, qy - 1, rgb, alpha);
                raster.line(px, py + 1, qx, qy + 1, rgb, alpha);
            }
            px = qx;
            py = qy;
        }
    }

    private void drawNodes(CanvasPalette palette, CanvasModel model, Viewport vp, RenderState s) {
        int[] colours = new int[NodeKind.values().length];
        for (NodeKind k : NodeKind.values()) {
            colours[k.ordinal()] = rgb(palette, NodeSkins.of(k).accentToken());
        }
        int[] rings = {rgb(palette, CanvasTokens.SELECTION), rgb(palette, CanvasTokens.ERROR),
            rgb(palette, CanvasTokens.WARNING)};
        for (Node n : model.design().nodes()) {
            boolean moving = s.moving.contains(n.id());
            double x = n.position().x() + (moving ? s.moveDx : 0);
            double y = n.position().y() + (moving ? s.moveDy : 0);
            int x0 = (int) Math.round(vp.toScreenX(x));
            int y0 = (int) Math.round(vp.toScreenY(y));
            int x1 = Math.max(x0 + 1, (int) Math.round(vp.toScreenX(x + NodeGeometry.width(n))));
            int y1 = Math.max(y0 + 1, (int) Math.round(vp.toScreenY(y + NodeGeometry.height(n))));
            if (x1 < -2 || y1 < -2 || x0 > raster.width() + 2 || y0 > raster.height() + 2) {
                continue;
            }
            Problem.Severity problem = s.nodeProblems.get(n.id());
            if (s.selection.contains(n.id()) || problem != null) {
                int ring = rings[s.selection.contains(n.id()) ? 0 : problem == Problem.Severity.ERROR ? 1 : 2];
                raster.fillRect(x0 - 2, y0 - 2, x1 + 2, y1 + 2, ring, 1);
            }
            NodeId id = n.id();
            boolean dimmed = s.connecting() && !s.legalTargets.contains(id) && !id.equals(s.connectFrom);
            raster.fillRect(x0, y0, x1, y1, colours[n.kind().ordinal()], dimmed ? 0.35 : 1);
        }
    }
}
