// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.transform.Affine;

/**
 * Draws text given in world units at its on-screen size. JavaFX's software pipeline draws text through its glyph
 * cache only when the transform is a plain translation; under a zoom it turns every glyph into an outline and
 * fills it as a shape, which made text most of the cost of a zoomed frame. So when the canvas is zoomed, the text is
 * drawn untransformed with a font scaled by the zoom instead; it looks the same, and is sharper. Use on the FX
 * thread.
 */
final class ScreenText {
    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, Font> SCALED = new HashMap<>();

    private ScreenText() {
    }

    /** Fills {@code text} in {@code font} at world point (x, y), with the context's current alignment and fill. */
    static void fill(GraphicsContext g, String text, Font font, double x, double y) {
        Affine t = g.getTransform();
        double scale = t.getMxx();
        if (scale == 1.0 && t.getMxy() == 0 && t.getMyx() == 0 && t.getMyy() == 1.0) {
            g.setFont(font);
            g.fillText(text, x, y);
            return;
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFont(scaled(font, scale));
        g.fillText(text, x * scale + t.getTx(), y * t.getMyy() + t.getTy());
        g.setTransform(t);
    }

    /** {@code font} at {@code scale} times its size, in quarter-pixel steps so the cache stays small. */
    static Font scaled(Font font, double scale) {
        double size = Math.max(1, Math.round(font.getSize() * scale * 4) / 4.0);
        String key = font.getName() + '|' + size;
        Font cached = SCALED.get(key);
        if (cached != null) {
            return cached;
        }
        if (SCALED.size() > CACHE_LIMIT) {
            SCALED.clear();
        }
        Font f = new Font(font.getName(), size);
        SCALED.put(key, f);
        return f;
    }
}
