// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.time.Duration;
import java.util.Locale;

/**
 * Number and duration formatting for reasons a person reads ("50,000", "$1.00", "0.90", "30s"). The text is that of
 * {@code String.format(Locale.ROOT, ...)} with {@code %,d}, {@code $%,.2f} and {@code %.2f}; the common cases are
 * written out by hand because a run's reason is built on every run (W3's planner reason quotes two confidences),
 * and {@code String.format} costs more than the rest of such a run's ending.
 */
final class Reasons {
    /** Micro-dollars below which {@link #usd} rounds in integer arithmetic (the double is exact enough there). */
    private static final long EXACT_MICROS = 1_000_000_000_000L;

    private Reasons() {}

    static String count(long n) {
        if (n == Long.MIN_VALUE) {
            return String.format(Locale.ROOT, "%,d", n);
        }
        StringBuilder b = new StringBuilder(24);
        if (n < 0) {
            b.append('-');
            n = -n;
        }
        grouped(b, n);
        return b.toString();
    }

    static String usd(long micros) {
        if (micros < 0 || micros >= EXACT_MICROS) {
            return String.format(Locale.ROOT, "$%,.2f", micros / 1_000_000.0);
        }
        // %.2f rounds half up on the decimal digits of micros / 1e6, which are exactly those of micros here.
        long cents = (micros + 5_000) / 10_000;
        StringBuilder b = new StringBuilder(16).append('$');
        grouped(b, cents / 100);
        return twoDecimals(b, cents % 100).toString();
    }

    static String conf(double c) {
        long hundredths = Math.round(c * 100);
        if (hundredths >= 0 && hundredths <= 100 && hundredths / 100.0 == c
                && Double.doubleToRawLongBits(c) >= 0) {
            // c is the double nearest to hundredths/100 (and not -0.0): its shortest decimal form has at most two
            // decimals, so there is nothing to round.
            return twoDecimals(new StringBuilder(4).append(hundredths / 100), hundredths % 100).toString();
        }
        return String.format(Locale.ROOT, "%.2f", c);
    }

    static String duration(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        long s = d.getSeconds();
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    /** Appends a non-negative number with a comma between groups of three digits. */
    private static void grouped(StringBuilder b, long n) {
        if (n < 1000) {
            b.append(n);
            return;
        }
        grouped(b, n / 1000);
        long rest = n % 1000;
        b.append(',');
        if (rest < 100) {
            b.append('0');
        }
        if (rest < 10) {
            b.append('0');
        }
        b.append(rest);
    }

    private static StringBuilder twoDecimals(StringBuilder b, long hundredths) {
        return b.append('.').append((char) ('0' + hundredths / 10)).append((char) ('0' + hundredths % 10));
    }
}
