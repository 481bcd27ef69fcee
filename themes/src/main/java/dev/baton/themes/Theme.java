// SPDX-License-Identifier: Apache-2.0
package dev.baton.themes;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The designer's themes: an AtlantaFX user-agent stylesheet plus Baton's token sheet, and for high contrast an
 * override sheet that redefines the tokens. Switching theme never touches component rules.
 */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet()),
    HIGH_CONTRAST("High contrast", new PrimerDark().getUserAgentStylesheet(), "high-contrast.css");

    private final String displayName;
    private final String userAgentStylesheet;
    private final List<String> extraSheets;

    Theme(String displayName, String userAgentStylesheet, String... extraSheets) {
        this.displayName = displayName;
        this.userAgentStylesheet = userAgentStylesheet;
        this.extraSheets = List.of(extraSheets);
    }

    public String displayName() {
        return displayName;
    }

    /** Baton's stylesheets for this theme, in cascade order. */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(resource("baton.css"));
        for (String s : extraSheets) {
            sheets.add(resource(s));
        }
        return sheets;
    }

    /** Sets the user-agent stylesheet (process wide) and replaces Baton's sheets on {@code scene}. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        scene.getStylesheets().removeIf(s -> s.contains("/dev/baton/themes/"));
        scene.getStylesheets().addAll(stylesheets());
    }

    /** Parses a command-line or preference value ({@code light}, {@code dark}, {@code high-contrast}). */
    public static Theme fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Theme t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme \"" + name + "\" (expected light, dark or high-contrast)");
    }

    private static String resource(String name) {
        var url = Theme.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("theme stylesheet missing from the jar: " + name);
        }
        return url.toExternalForm();
    }
}
