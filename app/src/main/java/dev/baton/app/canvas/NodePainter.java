// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.validation.Problem;
import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.themes.CanvasPalette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Paints one node card in full detail, in world coordinates: body, accent icon, label, subtitle, badges, ports,
 * and the owner and problem markers. What to show comes from the node's {@link NodeSkin}.
 */
final class NodePainter {
    private static final Color SHADOW = Color.rgb(0, 0, 0, 0.10);
    private static final double COMPACT_BELOW = 72;

    /**
     * A rounded rectangle in an opaque colour as two overlapping rectangles and four corner discs: the software
     * pipeline fills axis-aligned rectangles directly, while a rounded rectangle goes through its general path
     * rasteriser, which for a card-sized shape costs several times more. The overlaps hide any seam.
     */
    private static void fillCard(GraphicsContext g, double x, double y, double w, double h, double r) {
        g.fillRect(x + r, y, w - 2 * r, h);
        g.fillRect(x, y + r, w, h - 2 * r);
        g.fillOval(x, y, 2 * r, 2 * r);
        g.fillOval(x + w - 2 * r, y, 2 * r, 2 * r);
        g.fillOval(x, y + h - 2 * r, 2 * r, 2 * r);
        g.fillOval(x + w - 2 * r, y + h - 2 * r, 2 * r, 2 * r);
    }

    void paint(GraphicsContext g, CanvasPalette p, Node n, double x, double y, double w, double h, boolean selected,
            boolean legalTarget, boolean owner, Problem.Severity problem) {
        NodeSkin skin = NodeSkins.of(n);
        Color accent = p.get(skin.accentToken());
        boolean pill = n.kind() == NodeKind.START || n.kind() == NodeKind.END;
        double arc = pill ? h : 14;

        g.setFill(SHADOW);
        if (pill) {
            g.fillRoundRect(x + 1.5, y + 3, w, h, arc, arc);
        } else {
            // A shadow band below and to the right; axis-aligned rectangles take the software pipeline's fast path.
            g.fillRect(x + arc / 2 + 1.5, y + h, w - arc / 2, 3);
            g.fillRect(x + w, y + arc / 2 + 3, 1.5, h - arc / 2 - 3);
        }
        g.setFill(p.get(CanvasTokens.NODE_FILL));
        if (pill) {
            g.fillRoundRect(x, y, w, h, arc, arc);
        } else {
            fillCard(g, x, y, w, h, arc / 2);
        }
        if (!pill) {
            g.setFill(accent);
            g.fillRoundRect(x, y, 6, h, 6, 6);
        }
        g.setStroke(selected ? p.get(CanvasTokens.SELECTION)
                : legalTarget ? p.get(CanvasTokens.LEGAL_TARGET) : p.get(CanvasTokens.NODE_BORDER));
        g.setLineWidth(selected || legalTarget ? 2.5 : 1);
        g.strokeRoundRect(x, y, w, h, arc, arc);

        double iconX = x + (pill ? 24 : 30);
        double iconY = pill ? y + h / 2 : y + 26;
        g.setFill(accent);
        g.fillOval(iconX - 15, iconY - 15, 30, 30);
        IconFont.draw(g, skin.icon(), iconX, iconY, 18, onAccent(accent));

        double textX = iconX + 24;
        double textW = x + w - textX - 10;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.get(CanvasTokens.NODE_TEXT));
        TextFit.Fitted label = TextFit.fitOrShrink(n.label(), CanvasRenderer.labelFont(), textW);
        double[] lines = lineCentres(h);
        if (pill) {
            ScreenText.fill(g, label.text(), label.font(), textX, y + h / 2);
        } else {
            ScreenText.fill(g, label.text(), label.font(), textX, y + lines[0]);
            g.setFill(p.get(CanvasTokens.NODE_MUTED));
            Font small = CanvasRenderer.smallFont();
            ScreenText.fill(g, TextFit.fit(skin.subtitle(n), small, textW), small, textX, y + lines[1]);
            paintBadges(g, p, skin, n, x + 14, y + lines[2], x + w - 8);
        }
        paintPorts(g, p, n, x, y, w, h, accent);
        if (owner) {
            double bx = x + w - 16;
            double by = y;
            g.setFill(p.get(CanvasTokens.WARNING));
            g.fillOval(bx - 10, by - 10, 20, 20);
            IconFont.draw(g, CanvasRenderer.ownerIcon(), bx, by, 13, onAccent(p.get(CanvasTokens.WARNING)));
        }
        if (problem != null) {
            double bx = x + w;
            double by = y;
            g.setFill(p.get(problem == Problem.Severity.ERROR ? CanvasTokens.ERROR : CanvasTokens.WARNING));
            g.fillOval(bx - 10, by - 10, 20, 20);
            IconFont.draw(g, MaterialDesignA.ALERT, bx, by, 13,
                    onAccent(p.get(problem == Problem.Severity.ERROR ? CanvasTokens.ERROR : CanvasTokens.WARNING)));
        }
    }

    private static void paintBadges(GraphicsContext g, CanvasPalette p, NodeSkin skin, Node n, double x, double cy,
            double maxX) {
        double bx = x;
        for (NodeSkin.Badge b : skin.badges(n)) {
            double tw = TextFit.width(b.text(), CanvasRenderer.badgeFont());
            double bw = tw + 24;
            if (bx + bw > maxX) {
                break;
            }
            g.setFill(p.get(CanvasTokens.BADGE_FILL));
            g.fillRoundRect(bx, cy - 8, bw, 16, 8, 8);
            IconFont.draw(g, b.icon(), bx + 9, cy, 11, p.get(CanvasTokens.NODE_MUTED));
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(p.get(CanvasTokens.NODE_TEXT));
            ScreenText.fill(g, b.text(), CanvasRenderer.badgeFont(), bx + 17, cy);
            bx += bw + 4;
        }
    }

    private static void paintPorts(GraphicsContext g, CanvasPalette p, Node n, double x, double y, double w, double h,
            Color accent) {
        double r = NodeGeometry.PORT_RADIUS;
        g.setLineWidth(1.5);
        if (CanvasRenderer.hasInput(n.kind())) {
            g.setFill(p.get(CanvasTokens.NODE_FILL));
            g.fillOval(x - r, y + h / 2 - r, 2 * r, 2 * r);
            g.setStroke(p.get(CanvasTokens.NODE_BORDER));
            g.strokeOval(x - r, y + h / 2 - r, 2 * r, 2 * r);
        }
        if (CanvasRenderer.hasOutput(n.kind())) {
            g.setFill(accent);
            g.fillOval(x + w - r, y + h / 2 - r, 2 * r, 2 * r);
            g.setStroke(p.get(CanvasTokens.NODE_FILL));
            g.strokeOval(x + w - r, y + h / 2 - r, 2 * r, 2 * r);
        }
    }

    /**
     * Where a card's three lines (label, subtitle, badges) are centred, from its top. Cards shorter than the
     * default 72 (tools, stores, humans, owners) set them closer, or the subtitle would run into the badges.
     */
    static double[] lineCentres(double h) {
        return h < COMPACT_BELOW ? new double[] {15, 30, h - 12} : new double[] {19, 36, h - 13};
    }

    /**
     * White on dark accents, black on light ones: the high-contrast theme paints the start and end accents white, on
     * which a white icon would vanish.
     */
    static Color onAccent(Color accent) {
        double luminance = 0.2126 * accent.getRed() + 0.7152 * accent.getGreen() + 0.0722 * accent.getBlue();
        return luminance > 0.6 ? Color.BLACK : Color.WHITE;
    }
}
