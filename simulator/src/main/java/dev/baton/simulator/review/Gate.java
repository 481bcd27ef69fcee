// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CI gate over a review: a minimum checklist score, and the worst severity of open finding that fails it.
 * Accepted risks count as passed items and do not fail the gate (they are recorded with their reasons).
 *
 * @param minScore the least number of passed (or accepted) checklist items, 0..10
 * @param failOn findings of this severity or worse fail the gate; empty = findings never fail it
 */
public record Gate(int minScore, Optional<Severity> failOn) {
    /** The default gate: no minimum score, blockers fail. */
    public static final Gate DEFAULT = new Gate(0, Optional.of(Severity.BLOCKER));

    public Gate {
        if (minScore < 0 || minScore > Score.ITEMS) {
            throw new IllegalArgumentException("minScore must be between 0 and " + Score.ITEMS + ", but was "
                    + minScore);
        }
        java.util.Objects.requireNonNull(failOn, "failOn must not be null");
    }

    /** The verdict on {@code review}. */
    public Verdict evaluate(Review review) {
        Score score = review.score();
        List<String> reasons = new ArrayList<>();
        int counted = score.passed() + score.acceptedItems();
        if (counted < minScore) {
            reasons.add("score " + counted + "/" + Score.ITEMS + " is below the minimum of " + minScore);
        }
        failOn.ifPresent(threshold -> {
            for (Finding f : review.openFindings()) {
                if (f.severity().atLeast(threshold)) {
                    reasons.add(f.id() + " (" + f.severity().jsonName() + "): " + f.detail());
                }
            }
        });
        return new Verdict(reasons.isEmpty(), reasons);
    }

    /** Whether the gate passed, and if not, why (one line per reason). */
    public record Verdict(boolean passed, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }
}
