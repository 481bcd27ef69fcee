// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.document.DocumentViewModel;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: last message, element counts, selection, zoom and the last frame's draw time. */
final class StatusBar extends HBox {
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
        canvas.addViewListener(() -> zoom.setText(String.format(Locale.ROOT, "%d%%   %.1f ms/frame",
                Math.round(canvas.viewport().scale() * 100), canvas.lastFrameNanos() / 1e6)));
    }

    void show(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("status-error");
        if (error) {
            message.getStyleClass().add("status-error");
        }
    }
}
