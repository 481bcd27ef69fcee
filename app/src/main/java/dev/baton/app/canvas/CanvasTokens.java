// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.EdgeKind;
import dev.baton.model.NodeKind;
import java.util.ArrayList;
import java.util.List;

/** The names of the colour tokens the canvas reads from the theme (defined in the themes module's baton.css). */
public final class CanvasTokens {
    public static final String BACKGROUND = "-baton-canvas-bg";
    public static final String GRID = "-baton-grid";
    public static final String NODE_FILL = "-baton-node-fill";
    public static final String NODE_BORDER = "-baton-node-border";
    public static final String NODE_TEXT = "-baton-node-text";
    public static final String NODE_MUTED = "-baton-node-muted";
    public static final String BADGE_FILL = "-baton-badge-fill";
    public static final String SELECTION = "-baton-selection";
    public static final String RUBBER_BAND = "-baton-rubber-band";
    public static final String LEGAL_TARGET = "-baton-legal-target";
    public static final String ERROR = "-baton-error";
    public static final String WARNING = "-baton-warning";
    public static final String MINIMAP_BG = "-baton-minimap-bg";
    public static final String MINIMAP_VIEW = "-baton-minimap-view";

    private CanvasTokens() {
    }

    /** Every token, for {@code CanvasPalette.resolve}. */
    public static List<String> all() {
        List<String> all = new ArrayList<>(List.of(BACKGROUND, GRID, NODE_FILL, NODE_BORDER, NODE_TEXT, NODE_MUTED,
                BADGE_FILL, SELECTION, RUBBER_BAND, LEGAL_TARGET, ERROR, WARNING, MINIMAP_BG, MINIMAP_VIEW));
        for (NodeKind k : NodeKind.values()) {
            all.add(NodeSkins.of(k).accentToken());
        }
        for (EdgeKind k : EdgeKind.values()) {
            all.add(EdgeStyle.of(k).colorToken());
        }
        return all;
    }
}
