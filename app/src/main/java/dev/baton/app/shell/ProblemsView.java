// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.edit.Selection;
import dev.baton.app.validation.Problem;
import java.util.Comparator;
import java.util.Locale;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The problems panel: structural findings, errors first; selecting one selects and shows what it concerns. */
final class ProblemsView extends ListView<Problem> {
    ProblemsView(DocumentViewModel document, DesignCanvas canvas) {
        setId("problems");
        setPlaceholder(new javafx.scene.control.Label("No problems found"));
        document.problemsProperty().addListener((obs, old, now) -> show(now));
        show(document.problemsProperty().get());
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-warning", "problem-info");
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(p.message() + "  [" + p.code() + "]");
                FontIcon icon = new FontIcon(p.severity() == Problem.Severity.INFO ? MaterialDesignI.INFORMATION_OUTLINE
                        : p.severity() == Problem.Severity.ERROR ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignA.ALERT);
                setGraphic(icon);
                getStyleClass().add("problem-" + p.severity().name().toLowerCase(Locale.ROOT));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p == null) {
                return;
            }
            document.select(new Selection(new java.util.LinkedHashSet<>(p.nodes()),
                    new java.util.LinkedHashSet<>(p.edges())));
            p.nodes().stream().findFirst().flatMap(id -> document.design().node(id)).ifPresent(n -> canvas.centreOn(
                    n.position().x() + NodeGeometry.width(n) / 2, n.position().y() + NodeGeometry.height(n) / 2));
        });
    }

    private void show(java.util.List<Problem> problems) {
        getItems().setAll(problems.stream().sorted(Comparator.comparing(Problem::severity)).toList());
    }
}
