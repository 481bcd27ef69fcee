// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

/**
 * A node's box on the canvas when the user has resized it, in canvas units. Rounded to one decimal at construction,
 * like {@link Position}, so a file round trip is byte-identical.
 */
public record Size(double width, double height) {
    /** The smallest width or height a node can be given. */
    public static final double MIN = 1;
    /** The largest width or height a node can be given. */
    public static final double MAX = 10_000;

    public Size {
        width = check("width", width);
        height = check("height", height);
    }

    private static double check(String name, double v) {
        if (!(v >= MIN && v <= MAX)) {
            throw new IllegalArgumentException("size " + name + " must be between 1 and 10000, but was " + v);
        }
        return Math.round(v * 10.0) / 10.0;
    }
}
