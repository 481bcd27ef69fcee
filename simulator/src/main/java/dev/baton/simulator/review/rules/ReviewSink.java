// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;

/** Where checks report. A failed checklist item's finding is reported with the item, not separately. */
public interface ReviewSink {
    /** The result of one checklist item; each item is reported exactly once per review. */
    void item(ItemResult result);

    /** A finding of a mitigation or graph rule. */
    void finding(Finding finding);
}
