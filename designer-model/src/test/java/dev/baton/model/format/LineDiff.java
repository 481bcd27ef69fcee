// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence), as {@code diff} would report it: removed and added lines. */
final class LineDiff {
    final List<String> removed = new ArrayList<>();
    final List<String> added = new ArrayList<>();

    private LineDiff() {}

    static LineDiff of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        LineDiff diff = new LineDiff();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                diff.added.add(b[j++]);
            } else {
                diff.removed.add(a[i++]);
            }
        }
        return diff;
    }
}
