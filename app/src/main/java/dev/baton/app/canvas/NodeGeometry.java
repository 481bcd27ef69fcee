// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.model.Size;
import java.util.Optional;

/**
 * Sizes and anchor points of nodes on the canvas, in world units. A node's position is its top-left corner.
 * Edges leave from the output port (right middle) and arrive at the input port (left middle), so the layout reads
 * left to right.
 */
public final class NodeGeometry {
    /** Grid pitch for snapping and the background grid. */
    public static final double GRID = 20;
    /** Radius of a port circle. */
    public static final double PORT_RADIUS = 6;
    /** The narrowest a user can make a node: the icon and a few characters of the label. */
    public static final double MIN_WIDTH = 120;
    /** The widest or tallest a user can make a node. */
    public static final double MAX_SIZE = 1200;
    /** Side of the resize handle square at a selected node's bottom-right corner, in screen pixels. */
    public static final double HANDLE = 9;

    private NodeGeometry() {
    }

    public static double width(NodeKind kind) {
        switch (kind) {
            case START:
            case END:
                return 150;
            case TOOL:
            case STORE:
                return 180;
            default:
                return 220;
        }
    }

    public static double height(NodeKind kind) {
        switch (kind) {
            case START:
            case END:
                return 48;
            case TOOL:
            case STORE:
            case HUMAN:
            case OWNER:
                return 60;
            default:
                return 72;
        }
    }

    /** The node's width: the size the user gave it, else the kind's default. */
    public static double width(Node n) {
        // No Optional.map here: this runs for every node on every frame.
        return n.size().isPresent() ? n.size().get().width() : width(n.kind());
    }

    /** The node's height: the size the user gave it, else the kind's default. */
    public static double height(Node n) {
        return n.size().isPresent() ? n.size().get().height() : height(n.kind());
    }

    /** The shortest a user can make a node of this kind: its default height, which its content is laid out for. */
    public static double minHeight(NodeKind kind) {
        return height(kind);
    }

    /**
     * The size to store for a node of {@code kind} given a {@code width} x {@code height} box: kept between the
     * kind's minimum and {@link #MAX_SIZE}; empty (no size in the file) when that is the kind's default.
     */
    public static Optional<Size> storedSize(NodeKind kind, double width, double height) {
        double w = Math.max(MIN_WIDTH, Math.min(MAX_SIZE, width));
        double h = Math.max(minHeight(kind), Math.min(MAX_SIZE, height));
        return w == width(kind) && h == height(kind) ? Optional.empty() : Optional.of(new Size(w, h));
    }

    /** Whether world point (x, y) lies on the node's resize handle, with {@code slack} world units of tolerance. */
    public static boolean onResizeHandle(Node n, double x, double y, double slack) {
        double cx = n.position().x() + width(n);
        double cy = n.position().y() + height(n);
        return Math.abs(x - cx) <= slack && Math.abs(y - cy) <= slack;
    }

    public static double outX(Node n) {
        return n.position().x() + width(n);
    }

    public static double outY(Node n) {
        return n.position().y() + height(n) / 2;
    }

    public static double inX(Node n) {
        return n.position().x();
    }

    public static double inY(Node n) {
        return outY(n);
    }

    /** Whether world point (x, y) lies on the node's body. */
    public static boolean contains(Node n, double x, double y) {
        double nx = n.position().x();
        double ny = n.position().y();
        return x >= nx && x <= nx + width(n) && y >= ny && y <= ny + height(n);
    }

    /** Whether world point (x, y) lies on the node's output port, with {@code slack} extra radius. */
    public static boolean onOutPort(Node n, double x, double y, double slack) {
        double dx = x - outX(n);
        double dy = y - outY(n);
        double r = PORT_RADIUS + slack;
        return dx * dx + dy * dy <= r * r;
    }

    /** {@code v} rounded to the nearest grid line. */
    public static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }
}
