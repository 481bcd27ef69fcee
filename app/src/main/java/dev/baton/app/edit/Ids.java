// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import java.util.Set;

/** Fresh, readable ids for new elements: {@code agent-3}, {@code delegate-12}. Ids are never reused in a file. */
public final class Ids {
    private Ids() {
    }

    /** {@code stem-N} with the smallest N >= 1 not in {@code taken}; the result is added to {@code taken}. */
    public static String fresh(String stem, Set<String> taken) {
        for (int i = 1; ; i++) {
            String candidate = stem + "-" + i;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    /** The id without a trailing {@code -N}: the stem to number copies from. */
    public static String stem(String id) {
        int dash = id.lastIndexOf('-');
        if (dash > 0 && dash < id.length() - 1 && id.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            return id.substring(0, dash);
        }
        return id;
    }
}
