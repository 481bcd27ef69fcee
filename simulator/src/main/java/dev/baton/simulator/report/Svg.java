// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Inline SVG charts for the HTML report: no scripts, no external assets, so the file opens anywhere. */
final class Svg {
    static final int WIDTH = 720;
    /** Room for the longest bar label ("unvalidated results at the output") at 12 px. */
    private static final int LABEL = 230;
    private static final int ROW = 26;
    private static final int PLOT_HEIGHT = 220;

    private Svg() {}

    /** One labelled bar. */
    record Bar(String label, double value, String text) {}

    /** A bar with a 95% interval whisker; values are proportions. */
    record ShareBar(String label, double share, double lower, double upper) {}

    /** Horizontal proportion bars with confidence whiskers. */
    static String shareBars(String id, String title, List<ShareBar> bars) {
        int h = ROW * bars.size() + 30;
        StringBuilder b = open(id, title, h);
        double scale = WIDTH - LABEL - 90;
        for (int i = 0; i < bars.size(); i++) {
            ShareBar s = bars.get(i);
            int y = 10 + i * ROW;
            b.append(text(8, y + 15, s.label(), "start"));
            b.append(rect(LABEL, y + 3, s.share() * scale, ROW - 8, "bar"));
            double lo = LABEL + s.lower() * scale;
            double hi = LABEL + s.upper() * scale;
            double mid = y + ROW / 2.0 - 1;
            b.append(line(lo, mid, hi, mid)).append(line(lo, mid - 5, lo, mid + 5)).append(line(hi, mid - 5, hi, mid + 5));
            b.append(text(LABEL + scale + 8, y + 15, Numbers.percent(s.share()), "start"));
        }
        return close(b);
    }

    /** Horizontal bars scaled to the largest value. */
    static String bars(String id, String title, List<Bar> bars) {
        int h = ROW * Math.max(1, bars.size()) + 30;
        StringBuilder b = open(id, title, h);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double scale = WIDTH - LABEL - 90;
        for (int i = 0; i < bars.size(); i++) {
            Bar r = bars.get(i);
            int y = 10 + i * ROW;
            b.append(text(8, y + 15, r.label(), "start"));
            b.append(rect(LABEL, y + 3, max > 0 ? r.value() / max * scale : 0, ROW - 8, "bar"));
            b.append(text(LABEL + (max > 0 ? r.value() / max * scale : 0) + 6, y + 15, r.text(), "start"));
        }
        return close(b);
    }

    /** A histogram of {@code ascending} in {@code bins} equal-width bins, axis labels formatted by {@code unit}. */
    static String histogram(String id, String title, double[] ascending, int bins,
            DoubleFunction<String> unit) {
        return ascending.length == 0 ? noRuns(id, title)
                : histogram(open(id, title, PLOT_HEIGHT), ascending, bins, unit);
    }

    private static String histogram(StringBuilder b, double[] ascending, int bins, DoubleFunction<String> unit) {
        double min = ascending[0];
        double max = ascending[ascending.length - 1];
        double width = max > min ? (max - min) / bins : 1;
        long[] counts = new long[bins];
        for (double v : ascending) {
            counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        long top = 0;
        for (long c : counts) {
            top = Math.max(top, c);
        }
        double plotW = WIDTH - 60;
        double plotH = PLOT_HEIGHT - 60;
        for (int i = 0; i < bins; i++) {
            double bh = (double) counts[i] / top * plotH;
            b.append(rect(40 + i * plotW / bins + 1, 20 + plotH - bh, plotW / bins - 2, bh, "bar"));
        }
        xAxis(b, unit.apply(min), unit.apply(max));
        b.append(text(44, 14, "tallest bar: " + Numbers.count(top) + " runs", "start"));
        return close(b);
    }

    /** The empirical CDF of {@code ascending} as a step-like polyline (at most about 400 points). */
    static String cdf(String id, String title, double[] ascending, DoubleFunction<String> unit) {
        return ascending.length == 0 ? noRuns(id, title) : cdf(open(id, title, PLOT_HEIGHT), ascending, unit);
    }

    private static String cdf(StringBuilder b, double[] ascending, DoubleFunction<String> unit) {
        double min = ascending[0];
        double max = ascending[ascending.length - 1];
        double span = max > min ? max - min : 1;
        double plotW = WIDTH - 60;
        double plotH = PLOT_HEIGHT - 60;
        int step = Math.max(1, ascending.length / 400);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < ascending.length; i += step) {
            point(points, 40 + (ascending[i] - min) / span * plotW, 20 + plotH - (double) (i + 1) / ascending.length * plotH);
        }
        point(points, 40 + plotW, 20);
        b.append("<polyline class=\"cdf\" points=\"").append(points.toString().trim()).append("\"/>");
        xAxis(b, unit.apply(min), unit.apply(max));
        b.append(line(40, 20, 40, 20 + plotH));
        b.append(text(36, 28, "100%", "end")).append(text(36, 20 + plotH, "0%", "end"));
        return close(b);
    }

    /** The baseline of a plot with its lowest and highest value under the ends. */
    private static void xAxis(StringBuilder b, String low, String high) {
        double plotH = PLOT_HEIGHT - 60;
        b.append(line(40, 20 + plotH, WIDTH - 20, 20 + plotH));
        b.append(text(40, PLOT_HEIGHT - 22, low, "start"));
        b.append(text(WIDTH - 20, PLOT_HEIGHT - 22, high, "end"));
    }

    private static String noRuns(String id, String title) {
        return close(open(id, title, PLOT_HEIGHT).append(text(WIDTH / 2.0, PLOT_HEIGHT / 2.0, "no runs", "middle")));
    }

    private static void point(StringBuilder b, double x, double y) {
        b.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    private static StringBuilder open(String id, String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" width=\"%d\" height=\"%d\" role=\"img\" "
                        + "viewBox=\"0 0 %d %d\"><title>%s</title>",
                id, WIDTH, height, WIDTH, height, Html.escape(title)));
    }

    private static String close(StringBuilder b) {
        return b.append("</svg>\n").toString();
    }

    private static String rect(double x, double y, double w, double h, String cls) {
        return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                cls, x, y, Math.max(0, w), Math.max(0, h));
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x1, y1, x2, y2);
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                Html.escape(s));
    }
}
