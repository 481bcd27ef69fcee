// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/** The background grid as one repeating image of a single dot, rebuilt only when the pitch or colour changes. */
final class GridTile {
    private WritableImage tile;
    private int size;
    private Color color;

    ImagePattern pattern(double step, double offsetX, double offsetY, Color dot) {
        int s = Math.max(2, (int) Math.round(step));
        if (tile == null || s != size || !dot.equals(color)) {
            tile = new WritableImage(s, s);
            PixelWriter w = tile.getPixelWriter();
            w.setColor(0, 0, dot);
            w.setColor(1, 0, dot.deriveColor(0, 1, 1, 0.5));
            w.setColor(0, 1, dot.deriveColor(0, 1, 1, 0.5));
            size = s;
            color = dot;
        }
        return new ImagePattern(tile, offsetX, offsetY, s, s, false);
    }
}
