// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.units.DurationText;
import dev.baton.app.units.TokenText;
import dev.baton.model.Design;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.themes.CanvasPalette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The design's task-level guards, pinned to the top-left corner of the canvas in screen space: hop cap, token and
 * cost ceilings, wall-clock timeout and shared retry budget. An unset guard is shown in the warning colour, since
 * a design without it can loop or run away (the review flags the same).
 */
final class DesignHeader {
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12);
    private static final Font ITEM = Font.font("System", 11.5);

    private DesignHeader() {
    }

    static void draw(GraphicsContext g, CanvasPalette p, Design design) {
        TaskPolicy policy = design.policy();
        double x = 12;
        double y = 12;
        double h = 26;
        Item[] items = {
            new Item(MaterialDesignS.SWAP_HORIZONTAL, policy.hopCap().isPresent()
                    ? "hop cap " + policy.hopCap().getAsInt() : "no hop cap", policy.hopCap().isEmpty()),
            new Item(MaterialDesignC.CIRCLE_MULTIPLE_OUTLINE, policy.tokenCeiling().isPresent()
                    ? TokenText.compact(policy.tokenCeiling().getAsLong()) + " tokens" : "no token ceiling",
                    policy.tokenCeiling().isEmpty()),
            new Item(MaterialDesignC.CASH, policy.costCeilingUsd().map(c -> "$" + c.toPlainString())
                    .orElse("no cost ceiling"), policy.costCeilingUsd().isEmpty()),
            new Item(MaterialDesignT.TIMER_OUTLINE, policy.wallClockTimeout().map(DurationText::format)
                    .orElse("no run timeout"), policy.wallClockTimeout().isEmpty()),
            new Item(MaterialDesignR.REPLAY, policy.sharedRetryBudget().isPresent()
                    ? policy.sharedRetryBudget().getAsInt() + " retries" : "no retry budget",
                    policy.sharedRetryBudget().isEmpty()),
        };
        double w = 16 + TextFit.width(design.name(), TITLE);
        for (Item it : items) {
            w += 26 + TextFit.width(it.text, ITEM);
        }
        g.setFill(p.get(CanvasTokens.NODE_FILL).deriveColor(0, 1, 1, 0.94));
        g.fillRoundRect(x, y, w, h, h, h);
        g.setStroke(p.get(CanvasTokens.NODE_BORDER));
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w, h, h, h);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double cx = x + 10;
        double cy = y + h / 2;
        g.setFont(TITLE);
        g.setFill(p.get(CanvasTokens.NODE_TEXT));
        g.fillText(design.name(), cx, cy);
        cx += TextFit.width(design.name(), TITLE) + 12;
        for (Item it : items) {
            Color c = it.unset ? p.get(CanvasTokens.WARNING) : p.get(CanvasTokens.NODE_MUTED);
            IconFont.draw(g, it.icon, cx + 6, cy, 13, c);
            g.setFont(ITEM);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(it.unset ? c : p.get(CanvasTokens.NODE_TEXT));
            g.fillText(it.text, cx + 15, cy);
            cx += 26 + TextFit.width(it.text, ITEM);
        }
    }

    private record Item(Ikon icon, String text, boolean unset) {
    }
}
