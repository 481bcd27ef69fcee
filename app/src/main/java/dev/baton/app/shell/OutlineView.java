// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.canvas.NodeSkins;
import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.edit.Selection;
import dev.baton.model.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The outline: every node in file order; picking one selects it and centres the canvas on it. */
final class OutlineView extends ListView<Node> {
    private boolean syncing;

    OutlineView(DocumentViewModel document, DesignCanvas canvas) {
        setId("outline");
        getItems().setAll(document.design().nodes());
        document.designProperty().addListener((obs, old, now) -> {
            syncing = true;
            getItems().setAll(now.nodes());
            syncing = false;
        });
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Node n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(n.label() + "  (" + n.id() + ")");
                FontIcon icon = new FontIcon(NodeSkins.of(n).icon());
                icon.setStyle(icon.getStyle() + "-fx-icon-color: " + NodeSkins.of(n).accentToken() + ";");
                setGraphic(icon);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, n) -> {
            if (n == null || syncing) {
                return;
            }
            document.select(Selection.ofNode(n.id()));
            canvas.centreOn(n.position().x() + NodeGeometry.width(n) / 2,
                    n.position().y() + NodeGeometry.height(n) / 2);
        });
    }
}
