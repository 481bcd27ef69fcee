// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignAIkonHandler;

/**
 * Draws Material Design icons (the Ikonli pack's font) on a Canvas: a canvas cannot hold FontIcon nodes, but it
 * can draw the same glyphs as text. Fonts are cached per size. Use on the FX thread only.
 */
public final class IconFont {
    private static final String FAMILY;
    private static final Map<Double, Font> FONTS = new HashMap<>();

    static {
        MaterialDesignAIkonHandler handler = new MaterialDesignAIkonHandler();
        try (InputStream in = handler.getFontResourceAsStream()) {
            Font loaded = Font.loadFont(in, 16);
            if (loaded == null) {
                throw new IllegalStateException("the Material Design icon font could not be loaded");
            }
            FAMILY = loaded.getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the Material Design icon font", e);
        }
    }

    private IconFont() {
    }

    /** The glyph of {@code icon} as a string (the pack's code points lie above U+FFFF). */
    public static String glyph(Ikon icon) {
        return new String(Character.toChars(icon.getCode()));
    }

    /** Draws {@code icon} centred on (cx, cy) at {@code size} pixels. */
    public static void draw(GraphicsContext g, Ikon icon, double cx, double cy, double size, Color color) {
        g.setFill(color);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        ScreenText.fill(g, glyph(icon), font(size), cx, cy);
    }

    public static Font font(double size) {
        double key = Math.round(size * 2) / 2.0;
        return FONTS.computeIfAbsent(key, s -> Font.font(FAMILY, s));
    }

    public static String family() {
        return FAMILY;
    }
}
