// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.record;

import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.Review;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sign-off of one design revision: who reviewed it and when, the content hash of the revision, the score, the
 * findings, and the risks the team accepted with their reasons.
 *
 * @param score checklist items passed, 0..10
 */
public record ReviewRecord(String designHash, String designName, String reviewer, Instant reviewedAt, int score,
        List<RecordedFinding> findings, List<AcceptedRisk> acceptedRisks) {

    public ReviewRecord {
        Objects.requireNonNull(designHash, "designHash must not be null");
        Objects.requireNonNull(designName, "designName must not be null");
        Objects.requireNonNull(reviewer, "reviewer must not be null");
        if (reviewer.isBlank()) {
            throw new IllegalArgumentException("a review record needs a reviewer, but the reviewer is blank");
        }
        Objects.requireNonNull(reviewedAt, "reviewedAt must not be null");
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("score must be between 0 and 10, but was " + score);
        }
        findings = List.copyOf(findings);
        acceptedRisks = List.copyOf(acceptedRisks);
    }

    /** The record of {@code review}, signed by {@code reviewer} at the clock's current instant. */
    public static ReviewRecord of(Review review, String reviewer, Clock clock) {
        List<RecordedFinding> findings = new ArrayList<>(review.findings().size());
        for (Finding f : review.findings()) {
            findings.add(RecordedFinding.of(f, review.isAccepted(f.rule())));
        }
        // Milliseconds: the database keeps microseconds, and a sign-off needs no finer time.
        return new ReviewRecord(review.designHash(), review.designName(), reviewer,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                review.score().passed(), findings, review.acceptedRisks());
    }
}
