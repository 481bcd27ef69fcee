// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The review's score: checklist items passed out of ten, and the open (not accepted) findings per severity.
 *
 * @param passed items that pass
 * @param acceptedItems items that do not pass but whose risk the team accepted with a reason
 * @param noEvidence items that wait for stored simulation evidence
 * @param openFindings findings per severity, accepted ones excluded; every severity is present
 * @param acceptedFindings findings of accepted rules
 */
public record Score(int passed, int acceptedItems, int noEvidence, Map<Severity, Integer> openFindings,
        int acceptedFindings) {

    /** The number of checklist items. */
    public static final int ITEMS = 10;

    public Score {
        EnumMap<Severity, Integer> copy = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            copy.put(s, openFindings.getOrDefault(s, 0));
        }
        openFindings = Collections.unmodifiableMap(copy);
    }

    /** Open findings of severity {@code s}. */
    public int open(Severity s) {
        return openFindings.get(s);
    }

    /** {@code 8/10}. */
    public String fraction() {
        return passed + "/" + ITEMS;
    }

    /** {@code 1 blocker, 2 major, 0 minor, 0 info}. */
    public String findingsSummary() {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(open(s)).append(' ').append(s.jsonName());
        }
        if (acceptedFindings > 0) {
            sb.append(" (").append(acceptedFindings).append(" accepted)");
        }
        return sb.toString();
    }
}
