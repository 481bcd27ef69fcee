// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.units;

/** Token counts for badges: {@code 800}, {@code 8k}, {@code 1.5M}. */
public final class TokenText {
    private TokenText() {
    }

    public static String compact(long tokens) {
        if (tokens < 1_000) {
            return Long.toString(tokens);
        }
        if (tokens < 1_000_000) {
            return trim(tokens / 1_000.0) + "k";
        }
        return trim(tokens / 1_000_000.0) + "M";
    }

    private static String trim(double v) {
        if (v >= 100 || v == Math.rint(v)) {
            return Long.toString(Math.round(v));
        }
        return String.format(java.util.Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
    }
}
