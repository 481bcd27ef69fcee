// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.EdgeKind;
import dev.baton.themes.CanvasPalette;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Strokes the visible edges in full detail, in world coordinates: the halos of selected and broken edges, then one
 * path per edge kind (one stroke call per kind, however many edges) and its arrowheads. Use on the FX thread.
 */
final class EdgeStrokes {
    private static final double ARROW = 9;

    private EdgeStrokes() {
    }

    static void draw(GraphicsContext g, CanvasPalette palette, Map<EdgeKind, List<EdgePath>> byKind,
            List<EdgePath> selected, List<EdgePath> broken) {
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
            arrows(g, entry.getValue(), style, color);
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

    private static void arrows(GraphicsContext g, List<EdgePath> paths, EdgeStyle style, Color color) {
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
}
