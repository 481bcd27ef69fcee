// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.themes.CanvasPalette;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.transform.Affine;
import javafx.stage.Window;
import javafx.scene.text.FontWeight;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Draws a design on a Canvas: grid, edges, nodes, selection and gesture feedback. Immediate mode keeps a
 * 2,000-node design cheap: only what is visible is drawn, edges are batched into one path per kind, cards and
 * edge labels are copied from images of them ({@link PictureCache}), and below {@link #DETAIL_SCALE} the
 * {@link OverviewLayer} draws nodes as plain coloured blocks and edges as thin lines into one image. Use on the FX
 * thread.
 */
public final class CanvasRenderer {
    /**
     * Below this zoom, nodes are drawn as named blocks and edges without arrowheads or labels: the cards' text would
     * be under 7 pixels high, and a full card costs about a millisecond to draw in the software pipeline.
     */
    public static final double DETAIL_SCALE = 0.5;
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 13);
    private static final Font SMALL = Font.font("System", 11);
    private static final Font BADGE = Font.font("System", 10.5);

    private CanvasPalette palette;
    private final PictureCache pictures = new PictureCache(PictureCache.DEFAULT_PIXEL_BUDGET);
    private double lastScale = Double.NaN;
    private boolean picturesPending;
    private final GridTile gridTile = new GridTile();
    private final OverviewLayer overview = new OverviewLayer();

    public CanvasRenderer(CanvasPalette palette) {
        this.palette = palette;
    }

    public void setPalette(CanvasPalette value) {
        if (value != palette) {
            // Every picture was painted in the old theme's colours.
            pictures.clear();
        }
        palette = value;
    }

    /**
     * Whether the last frame painted cards or labels directly that a frame at the same zoom would bake and then copy:
     * a canvas draws one more frame once the view has settled, so a view left alone ends up cached.
     */
    public boolean picturesPending() {
        return picturesPending;
    }

    /** The cached pictures of cards and labels; for tests. */
    PictureCache pictures() {
        return pictures;
    }

    public CanvasPalette palette() {
        return palette;
    }

    /** Draws everything onto {@code g}, which covers {@code width} x {@code height} screen pixels. */
    public void draw(GraphicsContext g, CanvasModel model, Viewport vp, RenderState state, double width,
            double height, boolean showGrid) {
        g.save();
        if (vp.scale() < DETAIL_SCALE) {
            picturesPending = false;
            overview.draw(g, palette, model, vp, state, (int) width, (int) height, showGrid);
            g.setTransform(vp.scale(), 0, 0, vp.scale(), vp.translateX(), vp.translateY());
            drawGesture(g, model, state, vp.scale());
            g.restore();
            DesignHeader.draw(g, palette, model.design());
            return;
        }
        g.setFill(palette.get(CanvasTokens.BACKGROUND));
        g.fillRect(0, 0, width, height);
        double minX = vp.toWorldX(0);
        double minY = vp.toWorldY(0);
        double maxX = vp.toWorldX(width);
        double maxY = vp.toWorldY(height);
        if (showGrid) {
            drawGrid(g, vp, width, height);
        }
        g.setTransform(vp.scale(), 0, 0, vp.scale(), vp.translateX(), vp.translateY());
        drawDetail(g, model, state, vp, minX, minY, maxX, maxY);
        drawGesture(g, model, state, vp.scale());
        g.restore();
        DesignHeader.draw(g, palette, model.design());
    }

    private void drawGrid(GraphicsContext g, Viewport vp, double width, double height) {
        // Dots at grid intersections: visible enough to snap by, quiet enough not to compete with edges.
        double step = NodeGeometry.GRID * vp.scale();
        while (step < 14) {
            step *= 5;
        }
        double ox = ((vp.translateX() % step) + step) % step;
        double oy = ((vp.translateY() % step) + step) % step;
        // One fill with a tiled dot image instead of thousands of tiny rectangles.
        g.setFill(gridTile.pattern(step, ox, oy, palette.get(CanvasTokens.GRID)));
        g.fillRect(0, 0, width, height);
    }

    /** The visible part of the design in full detail, gathered before drawing so its pictures bake together. */
    private void drawDetail(GraphicsContext g, CanvasModel model, RenderState s, Viewport vp, double minX,
            double minY, double maxX, double maxY) {
        // Pictures are baked in device pixels: on a HiDPI screen, twice as many as canvas pixels.
        double outputScale = outputScale(g);
        Map<EdgeKind, List<EdgePath>> byKind = new EnumMap<>(EdgeKind.class);
        List<EdgePath> selected = new ArrayList<>();
        List<EdgePath> broken = new ArrayList<>();
        List<Picture> pictures = new ArrayList<>();
        List<double[]> anchors = new ArrayList<>();
        Color labelBackground = palette.get(CanvasTokens.BACKGROUND);
        for (Edge e : model.design().edges()) {
            Optional<EdgePath> op = model.path(e, s.moving, s.moveDx, s.moveDy);
            if (op.isEmpty() || !op.get().mayIntersect(minX, minY, maxX, maxY)) {
                continue;
            }
            EdgePath p = op.get();
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(p);
            if (s.selection.contains(e.id())) {
                selected.add(p);
            }
            if (s.edgeProblems.contains(e.id())) {
                broken.add(p);
            }
            String label = EdgeLabels.text(e);
            pictures.add(LabelPicture.of(label, palette.get(EdgeStyle.of(e.kind()).colorToken()), labelBackground,
                    vp.scale() * outputScale));
            boolean dragged = !s.moving.isEmpty() && (s.moving.contains(e.from()) || s.moving.contains(e.to()));
            anchors.add(dragged ? model.labelAnchor(p, LabelPicture.pillWidth(label), LabelPicture.HEIGHT)
                    : model.labelAnchor(e).orElseThrow());
        }
        int labelCount = pictures.size();
        List<Node> nodes = new ArrayList<>();
        NodeId owner = model.design().policy().owner().orElse(null);
        for (Node n : model.design().nodes()) {
            double x = n.position().x() + (s.moving.contains(n.id()) ? s.moveDx : 0);
            double y = n.position().y() + (s.moving.contains(n.id()) ? s.moveDy : 0);
            if (x > maxX || y > maxY || x + NodeGeometry.width(n) < minX || y + NodeGeometry.height(n) < minY) {
                continue;
            }
            nodes.add(n);
            pictures.add(CardPicture.of(n, palette, vp.scale() * outputScale, s.selection.contains(n.id()),
                    s.legalTargets.contains(n.id()), n.id().equals(owner), s.nodeProblems.get(n.id())));
            anchors.add(new double[] {x, y});
        }
        // While the zoom changes from frame to frame (a wheel or pinch zoom), every picture would be new and used
        // once: painting them directly is cheaper than baking them. The first frame at a steady zoom bakes.
        boolean zooming = vp.scale() != lastScale;
        lastScale = vp.scale();
        picturesPending = this.pictures.prepare(pictures, !zooming) > 0;

        EdgeStrokes.draw(g, palette, byKind, selected, broken);
        Affine world = g.getTransform();
        g.setTransform(1, 0, 0, 1, 0, 0);
        for (int i = 0; i < labelCount; i++) {
            this.pictures.draw(g, pictures.get(i), vp.toScreenX(anchors.get(i)[0]), vp.toScreenY(anchors.get(i)[1]),
                    outputScale);
        }
        for (int i = labelCount; i < pictures.size(); i++) {
            Node n = nodes.get(i - labelCount);
            boolean dimmed = s.connecting() && !s.legalTargets.contains(n.id()) && !n.id().equals(s.connectFrom);
            g.setGlobalAlpha(dimmed ? 0.35 : 1.0);
            double[] at = anchors.get(i);
            this.pictures.draw(g, pictures.get(i), vp.toScreenX(at[0]), vp.toScreenY(at[1]), outputScale);
            if (s.selection.nodes().size() == 1 && s.selection.contains(n.id())) {
                g.setTransform(world);
                drawResizeHandle(g, at[0] + NodeGeometry.width(n), at[1] + NodeGeometry.height(n), vp.scale());
                g.setTransform(1, 0, 0, 1, 0, 0);
            }
        }
        g.setGlobalAlpha(1.0);
        g.setTransform(world);
    }

    /** Device pixels per canvas pixel of the window {@code g} draws in; 1 off screen (exports). */
    private static double outputScale(GraphicsContext g) {
        Scene scene = g.getCanvas().getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    /** The square a lone selected node is resized by, centred on its bottom-right corner, constant on screen. */
    private void drawResizeHandle(GraphicsContext g, double cx, double cy, double scale) {
        double side = NodeGeometry.HANDLE / scale;
        g.setFill(palette.get(CanvasTokens.NODE_FILL));
        g.fillRect(cx - side / 2, cy - side / 2, side, side);
        g.setStroke(palette.get(CanvasTokens.SELECTION));
        g.setLineWidth(1.5 / scale);
        g.strokeRect(cx - side / 2, cy - side / 2, side, side);
    }

    private void drawGesture(GraphicsContext g, CanvasModel model, RenderState s, double scale) {
        if (s.connecting()) {
            model.node(s.connectFrom).ifPresent(from -> {
                EdgePath p = EdgePath.between(NodeGeometry.outX(from), NodeGeometry.outY(from), s.connectX,
                        s.connectY);
                g.setStroke(palette.get(CanvasTokens.SELECTION));
                g.setLineWidth(2 / scale);
                g.setLineDashes(6 / scale, 4 / scale);
                g.beginPath();
                g.moveTo(p.x1(), p.y1());
                g.bezierCurveTo(p.c1x(), p.c1y(), p.c2x(), p.c2y(), p.x2(), p.y2());
                g.stroke();
                g.setLineDashes();
            });
        }
        if (s.ghostKind != null) {
            double w = NodeGeometry.width(s.ghostKind);
            double h = NodeGeometry.height(s.ghostKind);
            Color c = palette.get(NodeSkins.of(s.ghostKind).accentToken());
            g.setFill(c.deriveColor(0, 1, 1, 0.18));
            g.fillRoundRect(s.ghostX, s.ghostY, w, h, 14, 14);
            g.setStroke(c);
            g.setLineWidth(2 / scale);
            g.setLineDashes(6 / scale, 4 / scale);
            g.strokeRoundRect(s.ghostX, s.ghostY, w, h, 14, 14);
            g.setLineDashes();
        }
        if (s.rubberBand != null) {
            double[] r = s.rubberBand;
            double x = Math.min(r[0], r[2]);
            double y = Math.min(r[1], r[3]);
            double w = Math.abs(r[2] - r[0]);
            double h = Math.abs(r[3] - r[1]);
            Color c = palette.get(CanvasTokens.SELECTION);
            g.setFill(c.deriveColor(0, 1, 1, 0.12));
            g.fillRect(x, y, w, h);
            g.setStroke(c);
            g.setLineWidth(1 / scale);
            g.strokeRect(x, y, w, h);
        }
    }

    /** The kinds that can receive no edge at all, so they get no input port. */
    static boolean hasInput(NodeKind kind) {
        for (EdgeKind e : EdgeKind.values()) {
            if (e.allowsTarget(kind)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds that can start no edge at all, so they get no output port. */
    static boolean hasOutput(NodeKind kind) {
        for (EdgeKind e : EdgeKind.values()) {
            if (e.allowsSource(kind)) {
                return true;
            }
        }
        return false;
    }

    static Font labelFont() {
        return LABEL;
    }

    static Font smallFont() {
        return SMALL;
    }

    static Font badgeFont() {
        return BADGE;
    }

    static org.kordamp.ikonli.Ikon ownerIcon() {
        return MaterialDesignC.CROWN;
    }
}
