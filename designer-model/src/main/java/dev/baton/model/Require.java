// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Construction-time checks for model values. Every message names the rule and the offending value, so a
 * user who reads it knows what to change: {@code "hopCap must be >= 1, but was 0"}.
 */
public final class Require {
    private Require() {}

    /** Fails with a named message when {@code value} is null. */
    public static <T> T nonNull(String name, T value) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /** Fails unless {@code value >= min}. */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
        }
        return value;
    }

    /** Fails unless {@code value >= min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
        }
        return value;
    }

    /** Fails unless {@code 0 <= value <= 1} (and not NaN). */
    public static double probability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, but was " + value);
        }
        return value;
    }

    /** Fails unless the duration is strictly positive. */
    public static Duration positive(String name, Duration value) {
        nonNull(name, value);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, but was " + value);
        }
        return value;
    }

    /** Fails unless the text is non-null and not blank. */
    public static String nonBlank(String name, String value) {
        nonNull(name, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
