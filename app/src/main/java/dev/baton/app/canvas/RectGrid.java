// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rectangles in world units in a uniform grid of square cells, so that "does this rectangle touch any of them?"
 * looks at the few nearby instead of all (edge labels ask it of nodes and of each other). Not threadsafe.
 */
final class RectGrid {
    private static final double CELL = 256;
    private final Map<Long, List<double[]>> cells = new HashMap<>();

    /** Adds the rectangle from (x0, y0) to (x1, y1). */
    void add(double x0, double y0, double x1, double y1) {
        double[] r = {x0, y0, x1, y1};
        for (long cx = cell(x0); cx <= cell(x1); cx++) {
            for (long cy = cell(y0); cy <= cell(y1); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(r);
            }
        }
    }

    /** Whether the rectangle from (x0, y0) to (x1, y1) overlaps one added. */
    boolean touches(double x0, double y0, double x1, double y1) {
        for (long cx = cell(x0); cx <= cell(x1); cx++) {
            for (long cy = cell(y0); cy <= cell(y1); cy++) {
                for (double[] r : cells.getOrDefault(key(cx, cy), List.of())) {
                    if (x1 > r[0] && x0 < r[2] && y1 > r[1] && y0 < r[3]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
