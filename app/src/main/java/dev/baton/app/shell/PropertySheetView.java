// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.properties.PropertiesViewModel;
import dev.baton.app.properties.Property;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/** The ControlsFX property sheet for the selection, with a heading and the last input error. */
final class PropertySheetView extends VBox {
    private static final DefaultPropertyEditorFactory DEFAULT_EDITORS = new DefaultPropertyEditorFactory();
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
        sheet.setPropertyEditorFactory(PropertySheetView::editor);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(heading, error, sheet);
        setPrefWidth(320);
        vm.propertiesProperty().addListener((obs, old, now) -> show(vm));
        show(vm);
    }

    /**
     * ControlsFX's editors, except that enum choices read as in the file ("accept-partial", not ACCEPT_PARTIAL) and
     * action rows are buttons.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PropertyEditor<?> editor(PropertySheet.Item item) {
        if (item.getType() == Property.Action.class) {
            return actionEditor(item);
        }
        if (item.getType().isEnum()) {
            PropertyEditor<?> editor = Editors.createChoiceEditor(item, Arrays.asList(item.getType().getEnumConstants()));
            ((ComboBox) editor.getEditor()).setConverter(new StringConverter<Object>() {
                @Override
                public String toString(Object value) {
                    return value == null ? "" : ((Enum<?>) value).name().toLowerCase(Locale.ROOT).replace('_', '-');
                }

                @Override
                public Object fromString(String text) {
                    throw new UnsupportedOperationException("the choice is not typed in");
                }
            });
            return editor;
        }
        return DEFAULT_EDITORS.call(item);
    }

    /** A button that presses the row's action; its text and whether it is enabled come from the row's value. */
    private static PropertyEditor<Object> actionEditor(PropertySheet.Item item) {
        Button button = new Button();
        button.setId("action-" + item.getName().toLowerCase(Locale.ROOT).replace(' ', '-'));
        button.setMaxWidth(Double.MAX_VALUE);
        // Any value other than the row's own presses it (see Property.Action).
        button.setOnAction(e -> item.setValue(Boolean.TRUE));
        PropertyEditor<Object> editor = new PropertyEditor<>() {
            @Override
            public javafx.scene.Node getEditor() {
                return button;
            }

            @Override
            public Object getValue() {
                return item.getValue();
            }

            @Override
            public void setValue(Object value) {
                Property.Action action = (Property.Action) value;
                button.setText(action.text());
                button.setDisable(!action.enabled());
            }
        };
        editor.setValue(item.getValue());
        return editor;
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
