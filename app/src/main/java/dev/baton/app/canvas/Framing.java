// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

/**
 * Where the camera goes to show a design: the whole of it, clear of the corner an overlay (the minimap) takes, or,
 * for a design just opened that would shrink to blocks, a readable part of it. Pure geometry on a
 * {@link Viewport}; the canvas owns one. Not threadsafe.
 */
final class Framing {
    /** Screen pixels left around the design by Zoom to Fit. */
    static final double MARGIN = 40;
    /** The zoom a design just opened is shown at when fitting it whole would shrink its cards to blocks. */
    static final double READABLE_SCALE = 0.75;
    /**
     * A design at most this many canvases wide and high at {@link #READABLE_SCALE} opens readable; a larger one
     * opens fitted, since one corner of it would tell the reader less than the overview.
     */
    private static final double READABLE_SCREENS = 3;

    private Corner corner = Corner.BOTTOM_RIGHT;
    private double cornerWidth;
    private double cornerHeight;

    /** Keeps a {@code width} x {@code height} area in {@code corner} free of the design when fitting it. */
    void reserve(Corner value, double width, double height) {
        corner = value;
        cornerWidth = width;
        cornerHeight = height;
    }

    /**
     * Sets {@code vp} to show world bounds {@code b} ({minX, minY, maxX, maxY}) whole on a {@code w} x {@code h}
     * canvas, clear of the reserved corner.
     */
    void fit(Viewport vp, double[] b, double w, double h) {
        vp.fit(b[0], b[1], b[2], b[3], w, h, MARGIN);
        if (cornerWidth > 0 && reachesCorner(vp, b, w, h)) {
            // Fit beside the corner or above (below) it, whichever leaves the design larger.
            Viewport beside = new Viewport();
            beside.fit(b[0], b[1], b[2], b[3], w - cornerWidth, h, MARGIN);
            beside.panBy(corner.left() ? cornerWidth : 0, 0);
            Viewport above = new Viewport();
            above.fit(b[0], b[1], b[2], b[3], w, h - cornerHeight, MARGIN);
            above.panBy(0, corner.top() ? cornerHeight : 0);
            Viewport best = beside.scale() >= above.scale() ? beside : above;
            vp.set(best.scale(), best.translateX(), best.translateY());
        }
    }

    /**
     * Sets {@code vp} for a design just opened: {@link #fit}, unless that shrinks a design of a few screens below
     * {@link CanvasRenderer#DETAIL_SCALE}, where cards become blocks; then {@link #READABLE_SCALE} from its left
     * edge, where designs start (the minimap shows the rest).
     */
    void open(Viewport vp, double[] b, double w, double h) {
        fit(vp, b, w, h);
        double dw = (b[2] - b[0]) * READABLE_SCALE;
        double dh = (b[3] - b[1]) * READABLE_SCALE;
        if (vp.scale() >= CanvasRenderer.DETAIL_SCALE || dw > READABLE_SCREENS * w || dh > READABLE_SCREENS * h) {
            return;
        }
        double top = dh + 2 * MARGIN <= h ? (h - dh) / 2 : MARGIN;
        vp.set(READABLE_SCALE, MARGIN - b[0] * READABLE_SCALE, top - b[1] * READABLE_SCALE);
    }

    /** Whether the bounds on screen reach into the reserved corner. */
    private boolean reachesCorner(Viewport vp, double[] b, double w, double h) {
        boolean x = corner.left() ? vp.toScreenX(b[0]) < cornerWidth : vp.toScreenX(b[2]) > w - cornerWidth;
        boolean y = corner.top() ? vp.toScreenY(b[1]) < cornerHeight : vp.toScreenY(b[3]) > h - cornerHeight;
        return x && y;
    }
}
