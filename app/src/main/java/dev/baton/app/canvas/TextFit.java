// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens text with an ellipsis to fit a width, measured with the real font. Results are cached, because a
 * canvas redraws the same labels every frame. Use on the FX thread.
 */
final class TextFit {
    /**
     * How much smaller {@link #fitOrShrink} may write a text rather than cut it: a name a few pixels too long reads
     * better whole and a little smaller than with its last letters cut.
     */
    static final double MAX_SHRINK = 0.9;
    private static final double SHRINK_STEP = 0.5;
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Fitted> SHRUNK = new HashMap<>();
    private static final Text PROBE = new Text();
    private static final Map<String, String> CACHE = new HashMap<>();
    private static final Map<String, Double> WIDTHS = new HashMap<>();

    private TextFit() {
    }

    static String fit(String text, Font font, double width) {
        return cached(CACHE, font.getName() + '|' + font.getSize() + '|' + Math.round(width) + '|' + text,
                () -> compute(text, font, width));
    }

    /** A text as the canvas writes it: possibly cut, in a font possibly a little smaller than asked for. */
    record Fitted(String text, Font font) {
    }

    /**
     * {@code text} in {@code font} if it fits {@code width}; else whole in a font down to {@link #MAX_SHRINK} of the
     * size if that fits; else cut with an ellipsis at the full size.
     */
    static Fitted fitOrShrink(String text, Font font, double width) {
        return cached(SHRUNK, font.getName() + '|' + font.getSize() + '|' + Math.round(width) + '|' + text, () -> {
            String cut = fit(text, font, width);
            if (cut.equals(text)) {
                return new Fitted(text, font);
            }
            for (double size = font.getSize() - SHRINK_STEP; size >= font.getSize() * MAX_SHRINK; size -= SHRINK_STEP) {
                Font smaller = new Font(font.getName(), size);
                if (measure(text, smaller) <= width) {
                    return new Fitted(text, smaller);
                }
            }
            return new Fitted(cut, font);
        });
    }

    /** The rendered width of {@code text}, cached. */
    static double width(String text, Font font) {
        return cached(WIDTHS, font.getName() + '|' + font.getSize() + '|' + text, () -> measure(text, font));
    }

    /** {@code cache}'s value for {@code key}, computed on a miss; the cache starts over when it grows too large. */
    private static <V> V cached(Map<String, V> cache, String key, Supplier<V> compute) {
        V value = cache.get(key);
        if (value == null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            value = compute.get();
            cache.put(key, value);
        }
        return value;
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
