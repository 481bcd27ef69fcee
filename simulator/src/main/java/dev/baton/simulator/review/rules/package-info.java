// SPDX-License-Identifier: Apache-2.0
/**
 * The checks of the review, grouped by concern, over graph facts computed once per review
 * ({@link dev.baton.simulator.review.rules.DesignGraph}).
 */
package dev.baton.simulator.review.rules;
