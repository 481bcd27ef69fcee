// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Edge;

/**
 * The text the canvas writes on an edge, and its approximate width without a font: layout runs without JavaFX,
 * and only needs to reserve roughly enough room.
 */
public final class EdgeLabels {
    /** Longer labels are cut with an ellipsis on the canvas. */
    public static final int MAX_CHARS = 28;
    private static final double CHAR_WIDTH = 5.8;
    private static final double PADDING = 10;

    private EdgeLabels() {
    }

    /** "kind" or "kind: label", cut to {@value #MAX_CHARS} characters, as the canvas shows it. */
    public static String text(Edge e) {
        String text = fullText(e);
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS - 1) + "\u2026" : text;
    }

    /** "kind" or "kind: label", uncut (for exports, where text can be searched and zoomed). */
    public static String fullText(Edge e) {
        return e.label().isBlank() ? e.kind().jsonName() : e.kind().jsonName() + ": " + e.label();
    }

    /** The width of {@link #text} on the canvas, in world units, a little generous. */
    public static double approximateWidth(Edge e) {
        return text(e).length() * CHAR_WIDTH + PADDING;
    }
}
