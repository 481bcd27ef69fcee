// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import dev.baton.simulator.review.Gate;
import dev.baton.simulator.review.Review;
import java.time.Instant;
import java.util.Objects;

/**
 * What a report shows: the review, the gate it was judged by, and who signed it when.
 *
 * @param reviewedAt when the review was made (from the injected clock)
 */
public record ReportData(Review review, Gate gate, String reviewer, Instant reviewedAt) {
    public ReportData {
        Objects.requireNonNull(review, "review must not be null");
        Objects.requireNonNull(gate, "gate must not be null");
        Objects.requireNonNull(reviewer, "reviewer must not be null");
        Objects.requireNonNull(reviewedAt, "reviewedAt must not be null");
    }

    public Gate.Verdict verdict() {
        return gate.evaluate(review);
    }

    /** The gate in words: {@code min score 8, fail on major}. */
    public String gateDescription() {
        return "min score " + gate.minScore() + ", fail on " + gate.failOn().map(s -> s.jsonName() + " or worse")
                .orElse("nothing");
    }
}
