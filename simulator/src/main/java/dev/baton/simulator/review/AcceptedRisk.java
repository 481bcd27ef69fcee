// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.Objects;

/**
 * A team's decision to ship despite a rule's findings, with the reason, kept in the review record. An accepted
 * rule does not fail the gate; reports still show its findings, marked accepted.
 */
public record AcceptedRisk(ReviewRule rule, String reason) {
    public AcceptedRisk {
        Objects.requireNonNull(rule, "accepted rule must not be null");
        Objects.requireNonNull(reason, "accepted risk reason must not be null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an accepted risk needs a reason, but " + rule.id() + " has none");
        }
    }

    /** Parses {@code BTN-M03=the search API has its own quota}. */
    public static AcceptedRisk parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("an accepted risk must look like RULE=REASON (BTN-M03=reason), but was \""
                    + text + "\"");
        }
        return new AcceptedRisk(ReviewRule.fromId(text.substring(0, eq)), text.substring(eq + 1).trim());
    }
}
