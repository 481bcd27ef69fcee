// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * An edge's label as a {@link Picture}: its text in the edge's colour on a rounded, nearly opaque pill of the
 * canvas background, so the label stays readable over the edges it crosses. The anchor is the pill's centre.
 */
record LabelPicture(String text, Color ink, Color background, double scale) implements Picture {
    /** Height of the pill in world units. */
    static final double HEIGHT = 16;
    private static final double PADDING = 10;

    static LabelPicture of(String text, Color ink, Color background, double scale) {
        return new LabelPicture(text, ink, background, Picture.keyScale(scale));
    }

    /** The pill's width in world units: the text as the canvas measures it, plus padding. */
    static double pillWidth(String text) {
        return TextFit.width(text, CanvasRenderer.smallFont()) + PADDING;
    }

    @Override
    public double left() {
        return -width() / 2;
    }

    @Override
    public double top() {
        return -HEIGHT / 2;
    }

    @Override
    public double width() {
        return pillWidth(text);
    }

    @Override
    public double height() {
        return HEIGHT;
    }

    @Override
    public void paint(GraphicsContext g) {
        double w = width();
        g.setFill(background.deriveColor(0, 1, 1, 0.9));
        g.fillRoundRect(-w / 2, -HEIGHT / 2, w, HEIGHT, 8, 8);
        g.setFill(ink);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        ScreenText.fill(g, text, CanvasRenderer.smallFont(), 0, 0);
    }
}
