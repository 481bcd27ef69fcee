// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.report.Numbers;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of a Monte Carlo batch on stderr: percent, runs per second and time left. On a terminal one line is
 * redrawn in place with a carriage return; elsewhere (a pipe, a CI log) a line is printed each time another 10%
 * is done, so logs stay short. Called by the runner from worker threads, one call at a time.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 24;
    private static final double NANOS = 1e9;

    private final PrintWriter err;
    private final boolean live;
    private final LongSupplier ticker;
    private final String label;
    private final long startNanos;
    private int lastDecile;
    private int lastLength;

    /**
     * @param live   whether stderr is a terminal (redraw in place)
     * @param ticker nanoseconds of real time, for the rate and the ETA
     * @param label  what is running ("A", "B" or empty)
     */
    ProgressBar(PrintWriter err, boolean live, LongSupplier ticker, String label) {
        this.err = err;
        this.live = live;
        this.ticker = ticker;
        this.label = label.isEmpty() ? "" : label + " ";
        this.startNanos = ticker.getAsLong();
    }

    @Override
    public void onProgress(long completed, long total) {
        double elapsed = (ticker.getAsLong() - startNanos) / NANOS;
        if (live) {
            String line = line(completed, total, elapsed, true);
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            err.flush();
            return;
        }
        int decile = (int) (completed * 10 / total);
        if (decile > lastDecile) {
            lastDecile = decile;
            err.println(line(completed, total, elapsed, false));
            err.flush();
        }
    }

    /** Ends the live line so what follows starts on a fresh one. */
    void finish() {
        if (live && lastLength > 0) {
            err.println();
            err.flush();
        }
    }

    /** "simulate [#########---------------]  38%  3,840/10,000 runs  2,950 runs/s  ETA 2.1s" */
    String line(long completed, long total, double elapsedSeconds, boolean withBar) {
        double fraction = total == 0 ? 1 : (double) completed / total;
        StringBuilder b = new StringBuilder("simulate ").append(label);
        if (withBar) {
            int filled = (int) Math.round(fraction * WIDTH);
            b.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        }
        b.append(String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)));
        b.append("  ").append(Numbers.count(completed)).append('/').append(Numbers.count(total)).append(" runs");
        if (elapsedSeconds > 0 && completed > 0) {
            double rate = completed / elapsedSeconds;
            b.append("  ").append(Numbers.count(Math.round(rate))).append(" runs/s");
            if (completed < total) {
                b.append("  ETA ").append(Numbers.duration((total - completed) / rate));
            }
        }
        return b.toString();
    }
}
