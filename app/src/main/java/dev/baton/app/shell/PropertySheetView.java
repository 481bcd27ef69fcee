// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.properties.PropertiesViewModel;
import dev.baton.app.properties.Property;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/** The ControlsFX property sheet for the selection, with a heading and the last input error. */
final class PropertySheetView extends VBox {
    private final PropertySheet sheet = new PropertySheet();

    PropertySheetView(PropertiesViewModel vm) {
        setId("properties");
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        heading.textProperty().bind(vm.headingProperty());
        heading.setId("propertiesHeading");
        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.setId("propertiesError");
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setSearchBoxVisible(false);
        sheet.setModeSwitcherVisible(false);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(heading, error, sheet);
        setPrefWidth(320);
        vm.propertiesProperty().addListener((obs, old, now) -> show(vm));
        show(vm);
    }

    private void show(PropertiesViewModel vm) {
        sheet.getItems().setAll(vm.properties().stream().map(p -> new Item(vm, p)).toList());
    }

    /** Adapts a {@link Property} row to ControlsFX; rejected input is reported through the view model. */
    private static final class Item implements PropertySheet.Item {
        private final PropertiesViewModel vm;
        private final Property property;

        Item(PropertiesViewModel vm, Property property) {
            this.vm = vm;
            this.property = property;
        }

        @Override
        public Class<?> getType() {
            return property.type();
        }

        @Override
        public String getCategory() {
            return property.category();
        }

        @Override
        public String getName() {
            return property.name();
        }

        @Override
        public String getDescription() {
            return property.description();
        }

        @Override
        public Object getValue() {
            return property.value();
        }

        @Override
        public void setValue(Object value) {
            if (property.editable() && !java.util.Objects.equals(value, property.value())) {
                vm.set(property.name(), value);
            }
        }

        @Override
        public boolean isEditable() {
            return property.editable();
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
