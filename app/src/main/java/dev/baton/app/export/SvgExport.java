// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.export;

import dev.baton.app.canvas.CanvasModel;
import dev.baton.app.canvas.CanvasTokens;
import dev.baton.app.canvas.EdgeLabels;
import dev.baton.app.canvas.EdgePath;
import dev.baton.app.canvas.EdgeStyle;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.canvas.NodeSkin;
import dev.baton.app.canvas.NodeSkins;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import dev.baton.themes.CanvasPalette;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Exports the design as SVG: the same geometry as the canvas (cards, curves, arrowheads, labels), as vector shapes
 * and real text so that it scales and can be searched. Icons are left out (they come from an icon font).
 */
public final class SvgExport {
    private static final double MARGIN = 40;

    private SvgExport() {
    }

    public static void write(CanvasModel model, CanvasPalette palette, Path file) throws IOException {
        Files.writeString(file, render(model, palette), StandardCharsets.UTF_8);
    }

    public static String render(CanvasModel model, CanvasPalette p) {
        double[] b = model.bounds();
        double w = b[2] - b[0] + 2 * MARGIN;
        double h = b[3] - b[1] + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"%.1f %.1f %.1f %.1f\" font-family=\"sans-serif\">%n", w, h, b[0] - MARGIN,
                b[1] - MARGIN, w, h));
        svg.append(String.format(Locale.ROOT, "<title>%s</title>%n", esc(model.design().name())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                b[0] - MARGIN, b[1] - MARGIN, w, h, hex(p.get(CanvasTokens.BACKGROUND))));
        for (Edge e : model.design().edges()) {
            Optional<EdgePath> op = model.path(e);
            if (op.isEmpty()) {
                continue;
            }
            EdgePath ep = op.get();
            EdgeStyle style = EdgeStyle.of(e.kind());
            String color = hex(p.get(style.colorToken()));
            StringBuilder dash = new StringBuilder();
            for (double d : style.dashes()) {
                dash.append(dash.length() == 0 ? "" : ",").append(d);
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\""
                    + " stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n", ep.x1(), ep.y1(), ep.c1x(), ep.c1y(), ep.c2x(),
                    ep.c2y(), ep.x2(), ep.y2(), color, style.width(),
                    dash.length() == 0 ? "" : " stroke-dasharray=\"" + dash + "\""));
            double a = ep.endAngle();
            double tx = ep.x2() - Math.cos(a) * NodeGeometry.PORT_RADIUS;
            double ty = ep.y2() - Math.sin(a) * NodeGeometry.PORT_RADIUS;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f\" fill=\"%s\" stroke=\"%s\"/>%n",
                    tx - 9 * Math.cos(a - 0.42), ty - 9 * Math.sin(a - 0.42), tx, ty, tx - 9 * Math.cos(a + 0.42),
                    ty - 9 * Math.sin(a + 0.42), style.arrow() == EdgeStyle.Arrow.FILLED ? color : "none", color));
            String label = EdgeLabels.fullText(e);
            double[] at = model.labelAnchor(e).orElseThrow();
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\""
                    + " text-anchor=\"middle\">%s</text>%n", at[0], at[1] - 4, color, esc(label)));
        }
        for (Node n : model.design().nodes()) {
            NodeSkin skin = NodeSkins.of(n);
            double x = n.position().x();
            double y = n.position().y();
            double nw = NodeGeometry.width(n);
            double nh = NodeGeometry.height(n);
            svg.append(String.format(Locale.ROOT, "<g id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\" rx=\"7\" fill=\"%s\" stroke=\"%s\"/>", esc(n.id().value()), x, y, nw, nh,
                    hex(p.get(CanvasTokens.NODE_FILL)), hex(p.get(CanvasTokens.NODE_BORDER))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"%.1f\" rx=\"3\""
                    + " fill=\"%s\"/>", x, y, nh, hex(p.get(skin.accentToken()))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\""
                    + " fill=\"%s\">%s</text>", x + 16, y + 22, hex(p.get(CanvasTokens.NODE_TEXT)), esc(n.label())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%s</text>",
                    x + 16, y + 39, hex(p.get(CanvasTokens.NODE_MUTED)), esc(skin.subtitle(n))));
            StringBuilder badges = new StringBuilder();
            for (NodeSkin.Badge badge : skin.badges(n)) {
                badges.append(badges.length() == 0 ? "" : "  \u00b7  ").append(badge.text());
            }
            if (badges.length() > 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10.5\" fill=\"%s\">%s"
                        + "</text>", x + 16, y + nh - 9, hex(p.get(CanvasTokens.NODE_MUTED)), esc(badges.toString())));
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
