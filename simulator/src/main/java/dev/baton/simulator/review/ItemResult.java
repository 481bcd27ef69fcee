// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one checklist item. A failed item carries the finding that explains it (same rule id); a
 * passed item or one without evidence carries none.
 *
 * @param detail what was checked, or what is missing, in one sentence
 */
public record ItemResult(ReviewRule item, ItemStatus status, String detail, Optional<Finding> finding) {
    public ItemResult {
        Objects.requireNonNull(item, "checklist item must not be null");
        if (item.category() != RuleCategory.CHECKLIST) {
            throw new IllegalArgumentException("checklist results need a checklist rule, but " + item.id()
                    + " is a " + item.category() + " rule");
        }
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(finding, "finding must not be null");
        if ((status == ItemStatus.FAIL) != finding.isPresent()) {
            throw new IllegalArgumentException("a checklist item carries a finding exactly when it fails, but "
                    + item.id() + " is " + status + (finding.isPresent() ? " with" : " without") + " one");
        }
    }

    public static ItemResult pass(ReviewRule item, String detail) {
        return new ItemResult(item, ItemStatus.PASS, detail, Optional.empty());
    }

    public static ItemResult noEvidence(ReviewRule item, String detail) {
        return new ItemResult(item, ItemStatus.NO_EVIDENCE, detail, Optional.empty());
    }

    public static ItemResult fail(Finding finding) {
        return new ItemResult(finding.rule(), ItemStatus.FAIL, finding.detail(), Optional.of(finding));
    }
}
