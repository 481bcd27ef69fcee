// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.simulator.review.AcceptedRisk;
import dev.baton.simulator.review.DesignReviewer;
import dev.baton.simulator.review.Review;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.SampleDesignFiles;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.evidence.EvidenceSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRecordTest {
    private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");

    @Test
    void recordIsSignedWithTheInjectedClockAndKeepsAcceptedFindings() {
        Review review = new DesignReviewer(EvidenceSource.NONE).review(SampleDesignFiles.load("incident-context-rot"),
                List.of(new AcceptedRisk(ReviewRule.PROSE_CONSTRAINTS, "the chain is being rebuilt")));

        ReviewRecord record = ReviewRecord.of(review, "dana", Clock.fixed(T0, ZoneOffset.UTC));

        assertThat(record.reviewedAt()).isEqualTo(T0);
        assertThat(record.designHash()).isEqualTo(review.designHash());
        assertThat(record.score()).isEqualTo(8);
        assertThat(record.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("BTN-M01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.accepted()).isTrue();
            assertThat(f.edges()).contains("orchestrator-spec");
        });
    }

    @Test
    void inMemoryRepositoryListsARevisionsRecordsNewestFirst() {
        InMemoryReviewRecordRepository repo = new InMemoryReviewRecordRepository();
        ReviewRecord older = new ReviewRecord("a".repeat(64), "d", "dana", T0, 7, List.of(), List.of());
        ReviewRecord newer = new ReviewRecord("a".repeat(64), "d", "lee", T0.plusSeconds(60), 9, List.of(), List.of());
        ReviewRecord other = new ReviewRecord("b".repeat(64), "d", "dana", T0, 10, List.of(), List.of());

        repo.save(older);
        repo.save(other);
        repo.save(newer);

        assertThat(repo.forDesign("a".repeat(64))).containsExactly(newer, older);
    }
}
