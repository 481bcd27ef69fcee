// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

/** Renders a review as text in one format. Implementations are stateless and threadsafe. */
@FunctionalInterface
public interface ReviewReport {
    String render(ReportData data);
}
