// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import dev.baton.app.units.DurationText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Text typed into the property sheet to typed values; blank means "unset" for optional settings. */
final class Parse {
    private Parse() {
    }

    static OptionalLong optionalLong(String name, Object text) {
        String t = text(text).replace("_", "").replace(",", "");
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number or empty, but was \"" + t + "\"");
        }
    }

    static OptionalInt optionalInt(String name, Object text) {
        OptionalLong v = optionalLong(name, text);
        if (v.isPresent() && (v.getAsLong() > Integer.MAX_VALUE || v.getAsLong() < Integer.MIN_VALUE)) {
            throw new IllegalArgumentException(name + " is too large: " + v.getAsLong());
        }
        return v.isPresent() ? OptionalInt.of((int) v.getAsLong()) : OptionalInt.empty();
    }

    static int integer(String name, Object text) {
        OptionalInt v = optionalInt(name, text);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(name + " must be a whole number, but was empty");
        }
        return v.getAsInt();
    }

    static OptionalDouble optionalDouble(String name, Object text) {
        String t = text(text);
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number or empty, but was \"" + t + "\"");
        }
    }

    static Optional<BigDecimal> optionalDecimal(String name, Object text) {
        String t = text(text).replace("$", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an amount like 1.50 or empty, but was \"" + t + "\"");
        }
    }

    static Optional<Duration> optionalDuration(String name, Object text) {
        String t = text(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DurationText.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    static String show(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "";
    }

    static String show(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
    }

    static String show(OptionalDouble v) {
        return v.isPresent() ? Double.toString(v.getAsDouble()) : "";
    }

    static String showDuration(Optional<Duration> v) {
        return v.map(DurationText::format).orElse("");
    }
}
