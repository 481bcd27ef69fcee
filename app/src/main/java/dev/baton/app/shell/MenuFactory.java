// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders for menu items and toolbar buttons that share one action, icon and enablement. */
final class MenuFactory {
    private MenuFactory() {
    }

    static MenuItem item(String text, String id, String accelerator, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    static MenuItem item(String text, String id, String accelerator, Ikon icon, Runnable action,
            ObservableBooleanValue enabled) {
        MenuItem item = item(text, id, accelerator, icon, action);
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        return item;
    }

    static Button button(Ikon icon, String tooltip, String id, Runnable action) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(18);
        Button b = new Button(null, graphic);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
