// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens text with an ellipsis to fit a width, measured with the real font. Results are cached, because a
 * canvas redraws the same labels every frame. Use on the FX thread.
 */
final class TextFit {
    private static final int CACHE_LIMIT = 20_000;
    private static final Text PROBE = new Text();
    private static final Map<String, String> CACHE = new HashMap<>();
    private static final Map<String, Double> WIDTHS = new HashMap<>();

    private TextFit() {
    }

    static String fit(String text, Font font, double width) {
        String key = font.getName() + '|' + font.getSize() + '|' + Math.round(width) + '|' + text;
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        String result = compute(text, font, width);
        CACHE.put(key, result);
        return result;
    }

    /** The rendered width of {@code text}, cached. */
    static double width(String text, Font font) {
        String key = font.getName() + '|' + font.getSize() + '|' + text;
        Double cached = WIDTHS.get(key);
        if (cached != null) {
            return cached;
        }
        if (WIDTHS.size() > CACHE_LIMIT) {
            WIDTHS.clear();
        }
        double w = measure(text, font);
        WIDTHS.put(key, w);
        return w;
    }

    private static double measure(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }

    private static String compute(String text, Font font, double width) {
        if (measure(text, font) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (measure(text.substring(0, mid) + "\u2026", font) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "\u2026";
    }
}
