// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.io.PrintWriter;

/**
 * The live one-line progress of {@code baton run}. On a terminal the line is redrawn in place (carriage return,
 * padded to wipe the previous text); elsewhere (a pipe, a log file)
 * nothing is drawn, so logs get only the final outcome line. Not threadsafe: the run command's thread calls it.
 */
final class ProgressDisplay {
    private final PrintWriter out;
    private final boolean live;
    private int lastLength;
    private String lastLine = "";

    ProgressDisplay(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    /** Shows the latest snapshot. */
    void show(RunProgress progress) {
        if (!live) {
            return;
        }
        String line = progress.line();
        if (line.equals(lastLine)) {
            return;
        }
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
        lastLine = line;
    }

    /** Leaves the progress line as it last stood and moves to a fresh line for what follows. */
    void finish() {
        if (live && lastLength > 0) {
            out.println();
            out.flush();
        }
    }
}
