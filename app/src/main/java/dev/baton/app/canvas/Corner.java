// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.Locale;
import javafx.geometry.Pos;

/** A corner of the canvas, where the minimap can sit. */
public enum Corner {
    TOP_LEFT("Top Left", Pos.TOP_LEFT),
    TOP_RIGHT("Top Right", Pos.TOP_RIGHT),
    BOTTOM_LEFT("Bottom Left", Pos.BOTTOM_LEFT),
    BOTTOM_RIGHT("Bottom Right", Pos.BOTTOM_RIGHT);

    private final String displayName;
    private final Pos alignment;

    Corner(String displayName, Pos alignment) {
        this.displayName = displayName;
        this.alignment = alignment;
    }

    public String displayName() {
        return displayName;
    }

    /** How a child of a stack pane is aligned to sit in this corner. */
    public Pos alignment() {
        return alignment;
    }

    public boolean left() {
        return this == TOP_LEFT || this == BOTTOM_LEFT;
    }

    public boolean top() {
        return this == TOP_LEFT || this == TOP_RIGHT;
    }

    /** The name as written to settings: "bottom-right". */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The corner written as {@code name} by {@link #settingName}, or {@code fallback} for anything else. */
    public static Corner fromSettingName(String name, Corner fallback) {
        for (Corner c : values()) {
            if (c.settingName().equals(name)) {
                return c;
            }
        }
        return fallback;
    }
}
