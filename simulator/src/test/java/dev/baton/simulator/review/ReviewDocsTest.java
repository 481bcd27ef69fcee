// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/review.md lists every rule of the catalogue, by id and title. */
class ReviewDocsTest {

    @Test
    void everyRuleIsDocumentedWithItsTitle() throws Exception {
        String docs = Files.readString(SampleDesignFiles.directory().getParent().resolve(Path.of("docs", "review.md")));

        for (ReviewRule rule : ReviewRule.values()) {
            assertThat(docs).as(rule.id()).contains("| " + rule.id() + " | " + rule.title() + " |");
        }
    }
}
