// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as docs/file-format.md writes them ({@code "750ms"}, {@code "30s"}, {@code "1m30s"}). The model's
 * own parser is package-private to its codec; when this section is folded into the design file, this class goes
 * and the codec's is used.
 */
final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d{1,18})(h|ms|m|s|us|ns)");
    private static final List<String> UNITS = List.of("h", "m", "s", "ms", "us", "ns");
    private static final long[] NANOS = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private DurationText() {}

    static Duration parse(String text) {
        Matcher m = PART.matcher(text);
        int at = 0;
        int previousUnit = -1;
        long nanos = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("\"" + text + "\" is not a duration such as \"750ms\", \"30s\", "
                        + "\"5m\" or \"1m30s\" (units h, m, s, ms, us, ns)");
            }
            int unit = UNITS.indexOf(m.group(2));
            if (unit <= previousUnit) {
                throw new IllegalArgumentException(
                        "\"" + text + "\": units must go from largest to smallest, each at most once");
            }
            previousUnit = unit;
            try {
                nanos = Math.addExact(nanos, Math.multiplyExact(Long.parseLong(m.group(1)), NANOS[unit]));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("\"" + text + "\" is too long a duration", e);
            }
            at = m.end();
        }
        if (at == 0) {
            throw new IllegalArgumentException("a duration must not be empty");
        }
        return Duration.ofNanos(nanos);
    }

    /** The largest unit that states {@code d} exactly; zero is {@code "0s"}. */
    static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        for (int u = 0; u < UNITS.size(); u++) {
            if (nanos % NANOS[u] == 0) {
                return nanos / NANOS[u] + UNITS.get(u);
            }
        }
        throw new AssertionError("unreachable: every duration is a whole number of nanoseconds");
    }
}
