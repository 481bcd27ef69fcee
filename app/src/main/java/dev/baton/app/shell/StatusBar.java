// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.document.DocumentViewModel;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: last message, element counts, selection and zoom. With {@code -Dbaton.debug.frameTime=true} the
 * zoom is followed by the last canvas redraw's time (draw calls only, not rasterisation), for developers.
 */
final class StatusBar extends HBox {
    private static final boolean SHOW_FRAME_TIME = Boolean.getBoolean("baton.debug.frameTime");

    private final Label message = new Label("Ready");

    StatusBar(DocumentViewModel document, DesignCanvas canvas) {
        getStyleClass().add("status-bar");
        setId("statusBar");
        message.setId("statusMessage");
        Label counts = new Label();
        counts.setId("statusCounts");
        Label selection = new Label();
        Label zoom = new Label();
        zoom.setId("statusZoom");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, counts, selection, zoom);
        Runnable refresh = () -> {
            counts.setText(document.design().nodes().size() + " nodes, " + document.design().edges().size()
                    + " edges");
            int sel = document.selection().nodes().size() + document.selection().edges().size();
            selection.setText(sel == 0 ? "" : sel + " selected");
        };
        document.designProperty().addListener((obs, old, now) -> refresh.run());
        document.selectionProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        canvas.addViewListener(() -> {
            String text = Math.round(canvas.viewport().scale() * 100) + "%";
            if (SHOW_FRAME_TIME) {
                text += String.format(Locale.ROOT, "   %.1f ms/redraw", canvas.lastFrameNanos() / 1e6);
            }
            if (!text.equals(zoom.getText())) {
                zoom.setText(text);
            }
        });
    }

    void show(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("status-error");
        if (error) {
            message.getStyleClass().add("status-error");
        }
    }
}
