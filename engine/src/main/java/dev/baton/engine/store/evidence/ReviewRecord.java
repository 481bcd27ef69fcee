// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.evidence;

import dev.baton.engine.store.DesignHash;
import java.time.Instant;
import java.util.Objects;

/**
 * A review sign-off of one design revision.
 *
 * @param score the checklist score the review gave
 * @param findingsJson the findings as a JSON array text
 * @param acceptedRisksJson the findings the reviewer accepted as risks, with reasons, as a JSON array text
 */
public record ReviewRecord(DesignHash designHash, String designName, String reviewer, Instant reviewedAt, int score,
        String findingsJson, String acceptedRisksJson) {

    public ReviewRecord {
        Objects.requireNonNull(designHash, "review designHash must not be null");
        Objects.requireNonNull(designName, "review designName must not be null");
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("review reviewer must not be blank");
        }
        Objects.requireNonNull(reviewedAt, "review reviewedAt must not be null");
        if (score < 0) {
            throw new IllegalArgumentException("review score must be >= 0, but was " + score);
        }
        Objects.requireNonNull(findingsJson, "review findingsJson must not be null");
        Objects.requireNonNull(acceptedRisksJson, "review acceptedRisksJson must not be null");
    }
}
