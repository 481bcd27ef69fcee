// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.units;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them in the property sheet and read them on the canvas: {@code 30s}, {@code 1m30s}. */
public final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    private DurationText() {
    }

    /** Short text: {@code 1h30m}, {@code 45s}, {@code 250ms}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        int ms = d.toMillisPart();
        if (h > 0) {
            sb.append(h).append('h');
        }
        if (m > 0) {
            sb.append(m).append('m');
        }
        if (s > 0) {
            sb.append(s).append('s');
        }
        if (ms > 0) {
            sb.append(ms).append("ms");
        }
        return sb.toString();
    }

    /**
     * Parses {@code 1h30m}, {@code 45s}, {@code 250ms} (parts in any combination, spaces allowed).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("duration is empty (expected e.g. 30s, 5m or 1h30m)");
        }
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "h": total = total.plusHours(n); break;
                case "m": total = total.plusMinutes(n); break;
                case "s": total = total.plusSeconds(n); break;
                case "ms": total = total.plusMillis(n); break;
                default: throw new AssertionError("unhandled unit " + m.group(2));
            }
            end = m.end();
        }
        if (end != t.length()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration (expected e.g. 30s, 5m or 1h30m)");
        }
        return total;
    }
}
