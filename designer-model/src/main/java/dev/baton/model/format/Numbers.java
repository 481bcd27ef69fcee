// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import java.math.BigDecimal;

/**
 * Numbers in their canonical text: the shortest decimal that reads back to the same value, in plain notation
 * ({@code 120}, {@code 0.5}; never {@code 1.0E3}, never {@code -0}).
 */
final class Numbers {
    private Numbers() {}

    /** A model number: {@code 120.0} is written {@code 120}. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a number in a design file must be finite, but was " + value);
        }
        return format(BigDecimal.valueOf(value));
    }

    /** An exact decimal, trailing zeros dropped. */
    static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A floating-point number inside free JSON (example inputs, script results, unknown fields): like
     * {@link #format(double)} but keeps a {@code .0} on whole numbers, so that it reads back as a floating-point
     * value and the round trip keeps its type.
     */
    static String formatFloating(double value) {
        String text = format(value);
        return text.indexOf('.') < 0 ? text + ".0" : text;
    }

    /** Whether the plain notation of {@code value} would have more than {@link Limits#MAX_NUMBER_DIGITS} digits. */
    static boolean tooLong(BigDecimal value) {
        long digits = (long) value.precision() + Math.abs((long) value.scale());
        return digits > Limits.MAX_NUMBER_DIGITS;
    }
}
