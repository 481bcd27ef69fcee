// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.validation.Problem;
import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.themes.CanvasPalette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Paints one node card in full detail, in world coordinates: body, accent icon, label, subtitle, badges, ports,
 * and the owner and problem markers. What to show comes from the node's {@link NodeSkin}.
 */
final class NodePainter {
    void paint(GraphicsContext g, CanvasPalette p, Node n, double x, double y, double w, double h, boolean selected,
            boolean legalTarget, boolean owner, Problem.Severity problem) {
        NodeSkin skin = NodeSkins.of(n);
        Color accent = p.get(skin.accentToken());
        boolean pill = n.kind() == NodeKind.START || n.kind() == NodeKind.END;
        double arc = pill ? h : 14;

        g.setFill(Color.rgb(0, 0, 0, 0.10));
        g.fillRoundRect(x + 1.5, y + 3, w, h, arc, arc);
        g.setFill(p.get(CanvasTokens.NODE_FILL));
        g.fillRoundRect(x, y, w, h, arc, arc);
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
        IconFont.draw(g, skin.icon(), iconX, iconY, 18, Color.WHITE);

        double textX = iconX + 24;
        double textW = x + w - textX - 10;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.get(CanvasTokens.NODE_TEXT));
        g.setFont(CanvasRenderer.labelFont());
        if (pill) {
            g.fillText(TextFit.fit(n.label(), CanvasRenderer.labelFont(), textW), textX, y + h / 2);
        } else {
            g.fillText(TextFit.fit(n.label(), CanvasRenderer.labelFont(), textW), textX, y + 19);
            g.setFont(CanvasRenderer.smallFont());
            g.setFill(p.get(CanvasTokens.NODE_MUTED));
            g.fillText(TextFit.fit(skin.subtitle(n), CanvasRenderer.smallFont(), textW), textX, y + 36);
            paintBadges(g, p, skin, n, x + 14, y + h - 13, x + w - 8);
        }
        paintPorts(g, p, n, x, y, w, h, accent);
        if (owner) {
            double bx = x + w - 16;
            double by = y;
            g.setFill(p.get(CanvasTokens.WARNING));
            g.fillOval(bx - 10, by - 10, 20, 20);
            IconFont.draw(g, CanvasRenderer.ownerIcon(), bx, by, 13, Color.WHITE);
        }
        if (problem != null) {
            double bx = x + w;
            double by = y;
            g.setFill(p.get(problem == Problem.Severity.ERROR ? CanvasTokens.ERROR : CanvasTokens.WARNING));
            g.fillOval(bx - 10, by - 10, 20, 20);
            IconFont.draw(g, MaterialDesignA.ALERT, bx, by, 13, Color.WHITE);
        }
    }

    private static void paintBadges(GraphicsContext g, CanvasPalette p, NodeSkin skin, Node n, double x, double cy,
            double maxX) {
        double bx = x;
        g.setFont(CanvasRenderer.badgeFont());
        for (NodeSkin.Badge b : skin.badges(n)) {
            double tw = TextFit.width(b.text(), CanvasRenderer.badgeFont());
            double bw = tw + 24;
            if (bx + bw > maxX) {
                break;
            }
            g.setFill(p.get(CanvasTokens.BADGE_FILL));
            g.fillRoundRect(bx, cy - 8, bw, 16, 8, 8);
            IconFont.draw(g, b.icon(), bx + 9, cy, 11, p.get(CanvasTokens.NODE_MUTED));
            g.setFont(CanvasRenderer.badgeFont());
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(p.get(CanvasTokens.NODE_TEXT));
            g.fillText(b.text(), bx + 17, cy);
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

}
