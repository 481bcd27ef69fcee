// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

/**
 * The drawn shape of an edge: a cubic curve from the source's output port to the target's input port, with
 * horizontal tangents so edges read left to right. Pure geometry, shared by the renderer, hit testing and SVG
 * export so that all three agree.
 */
public record EdgePath(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
    private static final int SAMPLES = 16;
    /** How far below the nodes a loop back to the left passes, in world units. */
    private static final double LOOP_AIR = 24;

    /** The curve between two anchor points, leaving to the right and arriving from the left. */
    public static EdgePath between(double x1, double y1, double x2, double y2) {
        double dx = Math.max(40, Math.abs(x2 - x1) * 0.5);
        return new EdgePath(x1, y1, x1 + dx, y1, x2 - dx, y2, x2, y2);
    }

    /** The curve between two anchor points, leaving downwards ({@code down}) or upwards and arriving likewise. */
    public static EdgePath vertical(double x1, double y1, double x2, double y2, boolean down) {
        double dy = Math.max(30, Math.abs(y2 - y1) * 0.5) * (down ? 1 : -1);
        return new EdgePath(x1, y1, x1, y1 + dy, x2, y2 - dy, x2, y2);
    }

    /**
     * The same curve with its middle moved {@code offset} world units to the left of its direction of travel (to
     * the right when negative); the ends stay where they are.
     */
    public EdgePath bent(double offset) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.hypot(dx, dy);
        if (offset == 0 || length == 0) {
            return this;
        }
        // A cubic's middle is 3/8 of each control point, so moving both by 4/3 of the offset moves it by the offset.
        double k = offset * 4 / 3 / length;
        return new EdgePath(x1, y1, c1x + dy * k, c1y - dx * k, c2x + dy * k, c2y - dx * k, x2, y2);
    }

    /**
     * A U from the bottom of one node at (x1, y1) to the bottom of another at (x2, y2) beside it: straight down from
     * each, and along below {@code bottom} (the lower of the two bottoms) with some air.
     */
    public static EdgePath loopBelow(double x1, double y1, double x2, double y2, double bottom) {
        // A cubic's middle is (p1 + 3 c1 + 3 c2 + p2) / 8: put it LOOP_AIR below the nodes.
        double cy = (bottom + LOOP_AIR - (y1 + y2) / 8) / 0.75;
        return new EdgePath(x1, y1, x1, cy, x2, cy, x2, y2);
    }

    public double pointX(double t) {
        double u = 1 - t;
        return u * u * u * x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x2;
    }

    public double pointY(double t) {
        double u = 1 - t;
        return u * u * u * y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y2;
    }

    /** Direction of travel at the end, as an angle in radians (for the arrowhead). */
    public double endAngle() {
        return Math.atan2(y2 - c2y, x2 - c2x);
    }

    /** Shortest distance from (x, y) to the curve, approximated over {@value #SAMPLES} segments. */
    public double distanceTo(double x, double y) {
        double best = Double.MAX_VALUE;
        double px = x1;
        double py = y1;
        for (int i = 1; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            double qx = pointX(t);
            double qy = pointY(t);
            best = Math.min(best, segmentDistance(x, y, px, py, qx, qy));
            px = qx;
            py = qy;
        }
        return best;
    }

    /** Whether the curve's bounding box (control points included) meets the given world rectangle. */
    public boolean mayIntersect(double minX, double minY, double maxX, double maxY) {
        double lx = Math.min(Math.min(x1, x2), Math.min(c1x, c2x));
        double hx = Math.max(Math.max(x1, x2), Math.max(c1x, c2x));
        double ly = Math.min(Math.min(y1, y2), Math.min(c1y, c2y));
        double hy = Math.max(Math.max(y1, y2), Math.max(c1y, c2y));
        return hx >= minX && lx <= maxX && hy >= minY && ly <= maxY;
    }

    private static double segmentDistance(double x, double y, double ax, double ay, double bx, double by) {
        double vx = bx - ax;
        double vy = by - ay;
        double len2 = vx * vx + vy * vy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / len2));
        double cx = ax + t * vx - x;
        double cy = ay + t * vy - y;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
