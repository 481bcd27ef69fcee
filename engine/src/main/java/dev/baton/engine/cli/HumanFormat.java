// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the command line writes numbers, money, times and durations for a person to read. */
final class HumanFormat {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HumanFormat() {}

    /** 12,345 */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** $0.0123 (four decimals: model calls cost fractions of a cent). */
    static String cost(BigDecimal usd) {
        return "$" + usd.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** 2026-11-22 10:00:00Z */
    static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    /** 850ms, 1.2s, 4m 10s, 2h 5m. */
    static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 1_000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = d.toSeconds();
        if (seconds < 3_600) {
            return (seconds / 60) + "m " + (seconds % 60) + "s";
        }
        return (seconds / 3_600) + "h " + (seconds % 3_600 / 60) + "m";
    }

    /** The text cut to {@code max} characters, with an ellipsis when cut; line breaks become spaces. */
    static String clip(String text, int max) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
    }
}
