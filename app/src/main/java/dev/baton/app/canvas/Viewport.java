// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

/**
 * The canvas camera: screen = world * scale + translate. Plain mutable state owned by one canvas; the canvas
 * redraws after changing it. Not threadsafe.
 */
public final class Viewport {
    /** Low enough that Zoom to Fit shows the whole of a 2,000-node design in a window of ordinary size. */
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 4.0;

    private double scale = 1.0;
    private double tx;
    private double ty;

    public double scale() {
        return scale;
    }

    public double translateX() {
        return tx;
    }

    public double translateY() {
        return ty;
    }

    public double toScreenX(double worldX) {
        return worldX * scale + tx;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + ty;
    }

    public double toWorldX(double screenX) {
        return (screenX - tx) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - ty) / scale;
    }

    /** Moves the camera by a screen distance (pan). */
    public void panBy(double dxScreen, double dyScreen) {
        tx += dxScreen;
        ty += dyScreen;
    }

    /** Zooms by {@code factor} keeping the world point under screen point (sx, sy) still. */
    public void zoomAt(double factor, double sx, double sy) {
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        scale = clamp(scale * factor);
        tx = sx - wx * scale;
        ty = sy - wy * scale;
    }

    /** Sets the camera directly. */
    public void set(double newScale, double newTx, double newTy) {
        scale = clamp(newScale);
        tx = newTx;
        ty = newTy;
    }

    /**
     * Fits the world rectangle into a screen of {@code width} x {@code height} with {@code margin} pixels around,
     * never zooming in beyond 100%.
     */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height, double margin) {
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double s = Math.min(1.0, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
        scale = clamp(s);
        tx = (width - w * scale) / 2 - minX * scale;
        ty = (height - h * scale) / 2 - minY * scale;
    }

    /** Centres world point (x, y) in a screen of the given size, keeping the zoom. */
    public void centreOn(double x, double y, double width, double height) {
        tx = width / 2 - x * scale;
        ty = height / 2 - y * scale;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
