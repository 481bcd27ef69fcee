// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * Something the canvas draws often and that looks the same each time, so {@link PictureCache} can paint it once
 * into an image and copy that instead. Implementations are value records holding everything the drawing depends on
 * (the zoom included): equal pictures look the same, and a change to any input makes a different picture.
 *
 * <p>A picture is laid out around an anchor point (a card's top-left corner, a label's centre). Its box, in world
 * units relative to the anchor, covers every pixel it paints, antialiasing included.
 */
interface Picture {
    /**
     * {@code scale} rounded to a ten-thousandth, for a picture's key: a zoom reached again through other wheel
     * steps then finds its pictures, and a card drawn at the rounded zoom differs from the exact one by far less
     * than a pixel.
     */
    static double keyScale(double scale) {
        return Math.round(scale * 10_000) / 10_000.0;
    }

    /** The zoom the picture is drawn for: screen pixels per world unit. */
    double scale();

    /** Left edge of the box, in world units from the anchor (negative to the left of it). */
    double left();

    /** Top edge of the box, in world units from the anchor (negative above it). */
    double top();

    /** Width of the box in world units. */
    double width();

    /** Height of the box in world units. */
    double height();

    /** Paints the picture with its anchor at world point (0, 0) of {@code g}'s current transform. */
    void paint(GraphicsContext g);
}
