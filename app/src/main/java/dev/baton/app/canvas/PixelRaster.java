// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * A tiny software rasteriser over an opaque ARGB pixel array: filled rectangles and antialiased one-pixel lines
 * (Xiaolin Wu's algorithm) with alpha blending. It exists because JavaFX's software pipeline antialiases every
 * shape through a general path rasteriser, which for thousands of tiny shapes costs far more than writing the few
 * pixels they cover. Coordinates are screen pixels; everything is clipped to the array. Not threadsafe.
 */
final class PixelRaster {
    private int[] pixels = new int[0];
    private IntBuffer buffer = IntBuffer.wrap(pixels);
    private int width;
    private int height;

    /** Resizes to {@code w} x {@code h} if needed and fills every pixel with {@code argb}. */
    void reset(int w, int h, int argb) {
        if (pixels.length < w * h) {
            pixels = new int[w * h];
            buffer = IntBuffer.wrap(pixels);
        }
        width = w;
        height = h;
        Arrays.fill(pixels, 0, w * h, argb);
    }

    /** The pixels as a buffer that a {@code PixelBuffer} can share (replaced when the raster grows). */
    IntBuffer buffer() {
        return buffer;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixel at (x, y) as ARGB; for tests. */
    int get(int x, int y) {
        return pixels[y * width + x];
    }

    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Blends {@code rgb} over the pixel at (x, y) with coverage {@code alpha} in [0, 1]. */
    void blend(int x, int y, int rgb, double alpha) {
        if (x >= 0 && y >= 0 && x < width && y < height && alpha > 0) {
            blend(y * width + x, rgb, (int) Math.min(256, alpha * 256));
        }
    }

    /** Blends {@code rgb} over pixel index {@code i} with coverage {@code a} in [0, 256]. */
    private void blend(int i, int rgb, int a) {
        if (a >= 256) {
            pixels[i] = 0xFF000000 | rgb;
            return;
        }
        int d = pixels[i];
        int na = 256 - a;
        int rb = ((d & 0xFF00FF) * na + (rgb & 0xFF00FF) * a) >> 8 & 0xFF00FF;
        int g = ((d & 0xFF00) * na + (rgb & 0xFF00) * a) >> 8 & 0xFF00;
        pixels[i] = 0xFF000000 | rb | g;
    }

    /** Fills the rectangle [x0, x1) x [y0, y1), clipped, blending with {@code alpha}. */
    void fillRect(int x0, int y0, int x1, int y1, int rgb, double alpha) {
        int lx = Math.max(0, x0);
        int ly = Math.max(0, y0);
        int hx = Math.min(width, x1);
        int hy = Math.min(height, y1);
        if (lx >= hx || ly >= hy) {
            return;
        }
        int a = (int) Math.min(256, alpha * 256);
        for (int y = ly; y < hy; y++) {
            if (a >= 256) {
                Arrays.fill(pixels, y * width + lx, y * width + hx, 0xFF000000 | rgb);
            } else {
                for (int x = lx; x < hx; x++) {
                    blend(y * width + x, rgb, a);
                }
            }
        }
    }

    /**
     * An antialiased line about one pixel wide from (x0, y0) to (x1, y1), at opacity {@code alpha}: Wu's algorithm
     * in 16.16 fixed point, walking only the on-screen part of the major axis.
     */
    void line(double x0, double y0, double x1, double y1, int rgb, double alpha) {
        if (Math.max(x0, x1) < -1 || Math.min(x0, x1) > width || Math.max(y0, y1) < -1
                || Math.min(y0, y1) > height) {
            return;
        }
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        double a0 = steep ? y0 : x0;
        double b0 = steep ? x0 : y0;
        double a1 = steep ? y1 : x1;
        double b1 = steep ? x1 : y1;
        if (a0 > a1) {
            double t = a0;
            a0 = a1;
            a1 = t;
            t = b0;
            b0 = b1;
            b1 = t;
        }
        double da = a1 - a0;
        double gradient = da < 1e-9 ? 0 : (b1 - b0) / da;
        int majorLimit = steep ? height : width;
        int minorLimit = steep ? width : height;
        int from = (int) Math.max(Math.round(a0), 0);
        int to = (int) Math.min(Math.round(a1), majorLimit - 1);
        if (from > to) {
            return;
        }
        int opacity = (int) Math.min(256, alpha * 256);
        long b = Math.round((b0 + gradient * (from - a0)) * 65536);
        long step = Math.round(gradient * 65536);
        for (int a = from; a <= to; a++, b += step) {
            int bi = (int) (b >> 16);
            int frac = (int) (b >> 8) & 0xFF;
            int near = (256 - frac) * opacity >> 8;
            int far = frac * opacity >> 8;
            if (bi >= 0 && bi < minorLimit) {
                blend(steep ? a * width + bi : bi * width + a, rgb, near);
            }
            if (bi + 1 >= 0 && bi + 1 < minorLimit) {
                blend(steep ? a * width + bi + 1 : (bi + 1) * width + a, rgb, far);
            }
        }
    }
}
