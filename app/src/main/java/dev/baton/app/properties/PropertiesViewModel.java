// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.edit.GraphEdit;
import dev.baton.app.edit.Selection;
import dev.baton.model.Design;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The rows of the property sheet for what is selected: one node, one edge, or (nothing selected) the design and
 * its task policy. Each row's setter issues one edit; typing into one row merges into one undo step. Rows are
 * rebuilt when the selection changes or the design changes from elsewhere (undo, canvas), not while the user types.
 */
public final class PropertiesViewModel {
    private final DocumentViewModel document;
    private final ReadOnlyObjectWrapper<List<Property>> properties =
            new ReadOnlyObjectWrapper<>(this, "properties", List.of());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean applying;

    public PropertiesViewModel(DocumentViewModel document) {
        this.document = document;
        document.selectionProperty().addListener((obs, old, now) -> rebuild());
        document.designProperty().addListener((obs, old, now) -> {
            if (!applying) {
                rebuild();
            }
        });
        rebuild();
    }

    public ReadOnlyObjectProperty<List<Property>> propertiesProperty() {
        return properties.getReadOnlyProperty();
    }

    public List<Property> properties() {
        return properties.get();
    }

    /** What the sheet shows: "Design", "agent · Researcher", "delegate edge". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The last rejected input, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The row called {@code name}. */
    public Optional<Property> property(String name) {
        return properties.get().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Sets a row's value, recording a rejected value in {@link #errorProperty()} instead of throwing. */
    public boolean set(String name, Object value) {
        Property p = property(name).orElseThrow(() -> new IllegalArgumentException("no property \"" + name + "\""));
        try {
            p.set(value);
            if (p.type() == Property.Action.class) {
                // Unlike typing into a row, a button press is over at once: show what it changed.
                rebuild();
            }
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** A setter that applies {@code toEdit(value)} without rebuilding the rows, and reports bad input. */
    Consumer<Object> setter(Function<Object, Optional<GraphEdit>> toEdit) {
        return value -> {
            Optional<GraphEdit> edit = toEdit.apply(value);
            if (edit.isEmpty()) {
                return;
            }
            applying = true;
            try {
                Selection keep = document.selection();
                document.execute(edit.get(), keep);
                error.set("");
            } finally {
                applying = false;
            }
        };
    }

    Design design() {
        return document.design();
    }

    private void rebuild() {
        Selection s = document.selection();
        Design d = document.design();
        if (s.nodes().size() == 1) {
            var node = d.node(s.nodes().iterator().next());
            if (node.isPresent()) {
                heading.set(node.get().kind().jsonName() + " \u00b7 " + node.get().label());
                properties.set(new NodeProperties(this, node.get().id()).rows());
                return;
            }
        }
        if (s.nodes().isEmpty() && s.edges().size() == 1) {
            var edge = d.edge(s.edges().iterator().next());
            if (edge.isPresent()) {
                heading.set(edge.get().kind().jsonName() + " edge");
                properties.set(DesignProperties.edgeRows(this, edge.get().id()));
                return;
            }
        }
        if (s.isEmpty()) {
            heading.set("Design \u00b7 " + d.name());
            properties.set(DesignProperties.policyRows(this));
            return;
        }
        heading.set(s.nodes().size() + " nodes, " + s.edges().size() + " edges selected");
        properties.set(List.of());
    }
}
