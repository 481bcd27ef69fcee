// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One row of the property sheet, independent of the sheet control: a value to show and, unless read-only, a
 * setter that turns the new value into an edit. Text rows take what the user types; an unparsable value is
 * rejected with a message and changes nothing.
 *
 * @param type the value's type: {@code String}, {@code Boolean}, an enum, or {@link Action} for a button
 * @param setter empty for read-only rows
 */
public record Property(String category, String name, String description, Class<?> type, Supplier<Object> getter,
        Optional<Consumer<Object>> setter) {

    /**
     * The value of a row that is a button: its text and whether it can be pressed now. Setting any value on such a
     * row presses it.
     */
    public record Action(String text, boolean enabled) {
    }

    public static Property readOnly(String category, String name, String description, Supplier<Object> getter) {
        return new Property(category, name, description, String.class, getter, Optional.empty());
    }

    public boolean editable() {
        return setter.isPresent();
    }

    public Object value() {
        return getter.get();
    }

    /** Sets the value; throws {@link IllegalArgumentException} with a message for the user on bad input. */
    public void set(Object value) {
        setter.orElseThrow(() -> new IllegalStateException(name + " is read-only")).accept(value);
    }
}
