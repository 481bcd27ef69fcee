// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import java.util.Locale;

/** How simulation reports write counts, shares, money and durations for a person to read. */
public final class Numbers {
    private Numbers() {}

    /** 12,345 */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 61.2% (one decimal; "<0.1%" for a small non-zero share). */
    public static String percent(double share) {
        if (share > 0 && share < 0.0005) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** $0.0123 below a dollar, $12.34 above; "-" when not a number. */
    public static String money(double usd) {
        if (!Double.isFinite(usd)) {
            return "-";
        }
        return Math.abs(usd) < 1 ? String.format(Locale.ROOT, "$%.4f", usd)
                : String.format(Locale.ROOT, "$%,.2f", usd);
    }

    /** A measure value: integers without decimals, others with one decimal from 100, else two. */
    public static String value(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A count-like measure (tokens) rounded to a whole number: 14,718. */
    public static String whole(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,d", Math.round(v)) : "-";
    }

    /** Incidents per run: three decimals, "<0.001" for a small non-zero rate. */
    public static String rate(double perRun) {
        if (perRun > 0 && perRun < 0.0005) {
            return "<0.001";
        }
        return String.format(Locale.ROOT, "%.3f", perRun);
    }

    /** 850ms, 4.6s, 4m 10s, 2h 5m, 3d 4h. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        if (seconds < 1) {
            return Math.round(seconds * 1000) + "ms";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3_600) {
            return (s / 60) + "m" + (s % 60 == 0 ? "" : " " + (s % 60) + "s");
        }
        if (s < 86_400) {
            return (s / 3_600) + "h" + (s % 3_600 / 60 == 0 ? "" : " " + (s % 3_600 / 60) + "m");
        }
        return (s / 86_400) + "d" + (s % 86_400 / 3_600 == 0 ? "" : " " + (s % 86_400 / 3_600) + "h");
    }
}
