// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.simulator.stats.NodeCounter;
import java.util.Locale;

/** The names of the per-node counters in words (terminal, HTML) and in JSON (lower camel case). */
public final class CounterNames {
    private CounterNames() {}

    /** "breaker trips" */
    public static String words(NodeCounter c) {
        switch (c) {
            case UNVALIDATED_OUTPUTS:
                return "unvalidated results at the output";
            case WRONG_OUTPUTS:
                return "wrong results at the output";
            case HOP_CAP_HITS:
                return "hop-cap hits";
            case ORPHANED_SUBTASKS:
                return "orphaned subtasks";
            default:
                return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** "breakerTrips" */
    public static String json(NodeCounter c) {
        String[] parts = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
