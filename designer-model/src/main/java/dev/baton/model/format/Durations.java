// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import java.time.Duration;

/**
 * Durations as the file writes them: a non-negative integer and a unit ({@code "750ms"}, {@code "30s"},
 * {@code "5m"}, {@code "2h"}), or a combination ({@code "1m30s"}). Strings, because a bare number has no unit and
 * {@code PT1M30S} is hard to read.
 */
final class Durations {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Durations() {}

    /** The canonical text: the largest unit that represents {@code d} exactly; zero is {@code "0s"}. */
    static String format(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a duration in a design file must be >= 0, but was " + d);
        }
        if (d.getNano() == 0) {
            long s = d.getSeconds();
            if (s != 0 && s % 3600 == 0) {
                return s / 3600 + "h";
            }
            if (s != 0 && s % 60 == 0) {
                return s / 60 + "m";
            }
            return s + "s";
        }
        long nanos = Math.addExact(Math.multiplyExact(d.getSeconds(), NANOS_PER_SECOND), d.getNano());
        if (nanos % NANOS_PER_MILLI == 0) {
            return nanos / NANOS_PER_MILLI + "ms";
        }
        if (nanos % 1000 == 0) {
            return nanos / 1000 + "us";
        }
        return nanos + "ns";
    }

    /**
     * Parses a duration; components may be combined ({@code "1h30m"}), each unit at most once, largest first.
     *
     * @throws IllegalArgumentException with the reason, if {@code text} is not a duration
     */
    static Duration parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a duration cannot be empty");
        }
        long total = 0;
        int i = 0;
        int lastRank = Integer.MAX_VALUE;
        while (i < text.length()) {
            int digitsStart = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == digitsStart) {
                throw new IllegalArgumentException("each part must start with a number");
            }
            if (i - digitsStart > 18) {
                throw new IllegalArgumentException("the number is too large");
            }
            long amount = Long.parseLong(text.substring(digitsStart, i));
            int unitStart = i;
            while (i < text.length() && !isDigit(text.charAt(i))) {
                i++;
            }
            String unit = text.substring(unitStart, i);
            int rank = rank(unit);
            if (rank < 0) {
                throw new IllegalArgumentException(unit.isEmpty() ? "a unit is missing (h, m, s, ms, us or ns)"
                        : "unknown unit \"" + unit + "\" (units are h, m, s, ms, us, ns)");
            }
            if (rank >= lastRank) {
                throw new IllegalArgumentException("units must go from largest to smallest, each at most once");
            }
            lastRank = rank;
            try {
                total = Math.addExact(total, Math.multiplyExact(amount, nanosPer(rank)));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the duration is too long (more than 292 years)", e);
            }
        }
        return Duration.ofNanos(total);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int rank(String unit) {
        switch (unit) {
            case "h": return 5;
            case "m": return 4;
            case "s": return 3;
            case "ms": return 2;
            case "us": return 1;
            case "ns": return 0;
            default: return -1;
        }
    }

    private static long nanosPer(int rank) {
        long[] table = {1L, 1_000L, NANOS_PER_MILLI, NANOS_PER_SECOND, 60 * NANOS_PER_SECOND, 3600 * NANOS_PER_SECOND};
        return table[rank];
    }
}
