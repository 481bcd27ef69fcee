// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import java.util.ArrayList;
import java.util.List;

/** A terminal table: the first column left-aligned, the others right-aligned unless told, two-space gaps. */
final class TextGrid {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] left;

    TextGrid(String... header) {
        this.columns = header.length;
        this.left = new boolean[columns];
        left[0] = true;
        rows.add(header);
    }

    /** Left-aligns column {@code i} (it holds words). */
    TextGrid leftAligned(int i) {
        left[i] = true;
        return this;
    }

    TextGrid row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row needs " + columns + " cells, but got " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    /** The table, each line indented by {@code indent} and ended by a newline. */
    String render(String indent) {
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - r[i].length());
                String gap = i == 0 ? "" : "  ";
                line.append(gap).append(left[i] ? r[i] + pad : pad + r[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
