// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.NodeSkins;
import dev.baton.model.NodeKind;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The palette of node kinds. Drag an entry onto the canvas to place a node where it is dropped, or click it to
 * place one in the middle of the view. Plain mouse events rather than platform drag-and-drop, so the gesture
 * behaves the same on every platform and in headless tests.
 */
final class PaletteView extends VBox {
    private static final double DRAG_THRESHOLD = 6;

    PaletteView(DesignCanvas canvas) {
        getStyleClass().add("palette");
        setId("palette");
        section("Control", List.of(NodeKind.START, NodeKind.ORCHESTRATOR, NodeKind.PLANNER, NodeKind.OWNER,
                NodeKind.END), canvas);
        section("Workers", List.of(NodeKind.AGENT, NodeKind.VALIDATOR, NodeKind.HUMAN), canvas);
        section("Resources", List.of(NodeKind.TOOL, NodeKind.STORE), canvas);
    }

    private void section(String title, List<NodeKind> kinds, DesignCanvas canvas) {
        Label header = new Label(title.toUpperCase(java.util.Locale.ROOT));
        header.getStyleClass().add("palette-header");
        getChildren().add(header);
        for (NodeKind kind : kinds) {
            getChildren().add(entry(kind, canvas));
        }
    }

    private static Label entry(NodeKind kind, DesignCanvas canvas) {
        FontIcon icon = new FontIcon(NodeSkins.of(kind).icon());
        icon.setIconSize(18);
        // Appended, not replaced: FontIcon keeps its font in the inline style. Inline wins over the theme's rules.
        icon.setStyle(icon.getStyle() + "-fx-icon-color: " + NodeSkins.of(kind).accentToken() + ";");
        String name = kind.jsonName().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.jsonName().substring(1);
        Label label = new Label(name, icon);
        label.getStyleClass().add("palette-item");
        label.setId("palette-" + kind.jsonName());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setTooltip(new Tooltip("Drag onto the canvas, or click to add in the middle of the view"));
        double[] press = new double[2];
        boolean[] dragging = new boolean[1];
        label.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            press[0] = e.getSceneX();
            press[1] = e.getSceneY();
            dragging[0] = false;
        });
        label.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.hypot(e.getSceneX() - press[0], e.getSceneY() - press[1]) > DRAG_THRESHOLD) {
                dragging[0] = true;
            }
            if (dragging[0]) {
                canvas.previewDrop(kind, e.getSceneX(), e.getSceneY());
            }
        });
        label.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging[0]) {
                canvas.drop(kind, e.getSceneX(), e.getSceneY());
            } else if (label.getLayoutBounds().contains(e.getX(), e.getY())) {
                canvas.dropAtCentre(kind);
            }
            dragging[0] = false;
        });
        return label;
    }
}
