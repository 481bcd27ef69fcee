// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

/**
 * A node's place on the canvas, in canvas units. Coordinates are rounded to one decimal at construction so that
 * a file round trip is byte-identical and sub-pixel drags do not produce diff noise.
 */
public record Position(double x, double y) {
    public static final Position ORIGIN = new Position(0, 0);

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite, but was (" + x + ", " + y + ")");
        }
        x = round(x);
        y = round(y);
    }

    private static double round(double v) {
        double r = Math.round(v * 10.0) / 10.0;
        return r == 0.0 ? 0.0 : r; // no "-0.0" in files
    }

    public Position translate(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
