// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

/**
 * A group of related review rules. A check reads the context and reports checklist results and findings to the
 * sink; it must run in time linear in the size of the design (one search over the graph at most, never one per
 * node).
 */
@FunctionalInterface
public interface Check {
    void run(ReviewContext context, ReviewSink sink);
}
