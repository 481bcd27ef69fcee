// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of a design in a uniform grid of square cells, so that "does this rectangle touch a node?" looks at the
 * few nodes nearby instead of all of them (edge labels ask it for every visible edge). Built once per design;
 * immutable.
 */
final class NodeIndex {
    private static final double CELL = 256;
    private final Map<Long, List<Node>> cells = new HashMap<>();

    NodeIndex(List<Node> nodes) {
        for (Node n : nodes) {
            double x = n.position().x();
            double y = n.position().y();
            for (long cx = cell(x); cx <= cell(x + NodeGeometry.width(n)); cx++) {
                for (long cy = cell(y); cy <= cell(y + NodeGeometry.height(n)); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(n);
                }
            }
        }
    }

    /** Whether the world rectangle from (x0, y0) to (x1, y1) overlaps any node's body. */
    boolean touchesANode(double x0, double y0, double x1, double y1) {
        for (long cx = cell(x0); cx <= cell(x1); cx++) {
            for (long cy = cell(y0); cy <= cell(y1); cy++) {
                for (Node n : cells.getOrDefault(key(cx, cy), List.of())) {
                    double nx = n.position().x();
                    double ny = n.position().y();
                    if (x1 > nx && x0 < nx + NodeGeometry.width(n) && y1 > ny && y0 < ny + NodeGeometry.height(n)) {
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
