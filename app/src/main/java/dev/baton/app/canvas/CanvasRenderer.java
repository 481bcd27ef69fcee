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
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Draws a design on a Canvas: grid, edges, nodes, selection and gesture feedback. Immediate mode keeps a
 * 2,000-node design cheap: only what is visible is drawn, edges are batched into one path per kind, and below
 * {@link #DETAIL_SCALE} the {@link OverviewLayer} draws nodes as plain coloured blocks and edges as thin lines into
 * one image. Use on the FX thread.
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
    private static final double ARROW = 9;

    private CanvasPalette palette;
    private final NodePainter nodePainter = new NodePainter();
    private final GridTile gridTile = new GridTile();
    private final OverviewLayer overview = new OverviewLayer();

    public CanvasRenderer(CanvasPalette palette) {
        this.palette = palette;
    }

    public void setPalette(CanvasPalette value) {
        palette = value;
    }

    public CanvasPalette palette() {
        return palette;
    }

    /** Draws everything onto {@code g}, which covers {@code width} x {@code height} screen pixels. */
    public void draw(GraphicsContext g, CanvasModel model, Viewport vp, RenderState state, double width,
            double height, boolean showGrid) {
        g.save();
        if (vp.scale() < DETAIL_SCALE) {
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
        drawEdges(g, model, state, minX, minY, maxX, maxY);
        drawNodes(g, model, state, minX, minY, maxX, maxY, vp.scale());
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

    private void drawEdges(GraphicsContext g, CanvasModel model, RenderState s, double minX, double minY,
            double maxX, double maxY) {
        Map<EdgeKind, List<EdgePath>> byKind = new EnumMap<>(EdgeKind.class);
        List<EdgePath> selected = new ArrayList<>();
        List<EdgePath> broken = new ArrayList<>();
        List<Object[]> labels = new ArrayList<>();
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
            labels.add(new Object[] {e, p});
        }
        g.setLineCap(StrokeLineCap.ROUND);
        outline(g, broken, palette.get(CanvasTokens.ERROR).deriveColor(0, 1, 1, 0.35), 9);
        outline(g, selected, palette.get(CanvasTokens.SELECTION).deriveColor(0, 1, 1, 0.45), 7);
        for (Map.Entry<EdgeKind, List<EdgePath>> entry : byKind.entrySet()) {
            EdgeStyle style = EdgeStyle.of(entry.getKey());
            Color color = palette.get(style.colorToken());
            g.setStroke(color);
            g.beginPath();
            g.setLineWidth(style.width());
            g.setLineDashes(style.dashes());
            // Round caps only where they make the pattern (dots): each cap is two more curves to rasterise.
            g.setLineCap(style == EdgeStyle.CALL ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
            for (EdgePath p : entry.getValue()) {
                g.moveTo(p.x1(), p.y1());
                g.bezierCurveTo(p.c1x(), p.c1y(), p.c2x(), p.c2y(), p.x2(), p.y2());
            }
            g.stroke();
            g.setLineDashes();
            drawArrows(g, entry.getValue(), style, color);
        }
        for (Object[] l : labels) {
            drawEdgeLabel(g, (Edge) l[0], (EdgePath) l[1]);
        }
    }

    private static void outline(GraphicsContext g, List<EdgePath> paths, Color color, double width) {
        if (paths.isEmpty()) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        for (EdgePath p : paths) {
            g.moveTo(p.x1(), p.y1());
            g.bezierCurveTo(p.c1x(), p.c1y(), p.c2x(), p.c2y(), p.x2(), p.y2());
        }
        g.stroke();
    }

    private static void drawArrows(GraphicsContext g, List<EdgePath> paths, EdgeStyle style, Color color) {
        g.beginPath();
        for (EdgePath p : paths) {
            double a = p.endAngle();
            double tipX = p.x2() - Math.cos(a) * NodeGeometry.PORT_RADIUS;
            double tipY = p.y2() - Math.sin(a) * NodeGeometry.PORT_RADIUS;
            double lx = tipX - ARROW * Math.cos(a - 0.42);
            double ly = tipY - ARROW * Math.sin(a - 0.42);
            double rx = tipX - ARROW * Math.cos(a + 0.42);
            double ry = tipY - ARROW * Math.sin(a + 0.42);
            g.moveTo(lx, ly);
            g.lineTo(tipX, tipY);
            g.lineTo(rx, ry);
            if (style.arrow() == EdgeStyle.Arrow.FILLED) {
                g.closePath();
            }
        }
        if (style.arrow() == EdgeStyle.Arrow.FILLED) {
            g.setFill(color);
            g.fill();
        } else {
            g.setLineWidth(1.8);
            g.stroke();
        }
    }

    private void drawEdgeLabel(GraphicsContext g, Edge e, EdgePath p) {
        String text = EdgeLabels.text(e);
        double x = p.pointX(0.5);
        double y = p.pointY(0.5);
        double w = TextFit.width(text, SMALL) + 10;
        g.setFill(palette.get(CanvasTokens.BACKGROUND).deriveColor(0, 1, 1, 0.9));
        g.fillRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        g.setFill(palette.get(EdgeStyle.of(e.kind()).colorToken()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        ScreenText.fill(g, text, SMALL, x, y);
    }

    private void drawNodes(GraphicsContext g, CanvasModel model, RenderState s, double minX, double minY,
            double maxX, double maxY, double scale) {
        NodeId owner = model.design().policy().owner().orElse(null);
        for (Node n : model.design().nodes()) {
            double dx = s.moving.contains(n.id()) ? s.moveDx : 0;
            double dy = s.moving.contains(n.id()) ? s.moveDy : 0;
            double x = n.position().x() + dx;
            double y = n.position().y() + dy;
            double w = NodeGeometry.width(n);
            double h = NodeGeometry.height(n);
            if (x > maxX || y > maxY || x + w < minX || y + h < minY) {
                continue;
            }
            boolean dimmed = s.connecting() && !s.legalTargets.contains(n.id()) && !n.id().equals(s.connectFrom);
            g.setGlobalAlpha(dimmed ? 0.35 : 1.0);
            nodePainter.paint(g, palette, n, x, y, w, h, s.selection.contains(n.id()),
                    s.legalTargets.contains(n.id()), n.id().equals(owner), s.nodeProblems.get(n.id()));
            if (s.selection.nodes().size() == 1 && s.selection.contains(n.id())) {
                drawResizeHandle(g, x + w, y + h, scale);
            }
        }
        g.setGlobalAlpha(1.0);
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
