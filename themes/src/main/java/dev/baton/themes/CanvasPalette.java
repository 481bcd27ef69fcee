// SPDX-License-Identifier: Apache-2.0
package dev.baton.themes;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The colours a Canvas renderer needs, resolved from the current theme's looked-up tokens ({@code -baton-*} in
 * baton.css). A canvas cannot use CSS itself, so this resolves each token once by styling a probe region under
 * the scene's root and reading back its background; resolve again after a theme change.
 */
public final class CanvasPalette {
    private final Map<String, Color> colors;

    private CanvasPalette(Map<String, Color> colors) {
        this.colors = Map.copyOf(colors);
    }

    /**
     * Resolves {@code tokens} (names like {@code -baton-node-fill}) against {@code root}'s stylesheets. The probe
     * nodes are added and removed again; {@code root} must be a Group or a Pane in a scene.
     */
    public static CanvasPalette resolve(Parent root, Iterable<String> tokens) {
        Group probes = new Group();
        probes.setManaged(false);
        probes.setVisible(false);
        Map<String, Region> regions = new HashMap<>();
        for (String token : tokens) {
            Region r = new Region();
            r.setStyle("-fx-background-color: " + token + ";");
            regions.put(token, r);
            probes.getChildren().add(r);
        }
        var children = childrenOf(root);
        children.add(probes);
        try {
            probes.applyCss();
            Map<String, Color> resolved = new HashMap<>();
            regions.forEach((token, region) -> resolved.put(token, colorOf(region.getBackground())));
            return new CanvasPalette(resolved);
        } finally {
            children.remove(probes);
        }
    }

    /** A palette with fixed colours, for tests and off-screen rendering without a scene. */
    public static CanvasPalette of(Map<String, Color> colors) {
        return new CanvasPalette(colors);
    }

    /** The colour of {@code token}; magenta if the theme does not define it, so a gap is visible, not fatal. */
    public Color get(String token) {
        return colors.getOrDefault(token, Color.MAGENTA);
    }

    private static Color colorOf(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return Color.MAGENTA;
        }
        Paint p = background.getFills().get(0).getFill();
        return p instanceof Color ? (Color) p : Color.MAGENTA;
    }

    @SuppressWarnings("unchecked")
    private static javafx.collections.ObservableList<javafx.scene.Node> childrenOf(Parent root) {
        if (root instanceof Group) {
            return ((Group) root).getChildren();
        }
        if (root instanceof javafx.scene.layout.Pane) {
            return ((javafx.scene.layout.Pane) root).getChildren();
        }
        throw new IllegalArgumentException("palette probes need a Group or Pane root, but got "
                + root.getClass().getName());
    }
}
