// SPDX-License-Identifier: Apache-2.0
/**
 * The design review: the production-readiness checklist and the coordination-failure rules evaluated on a
 * {@link dev.baton.model.Design}, with findings, a score, one-step fixes and a CI gate. Entry point:
 * {@link dev.baton.simulator.review.DesignReviewer}. Rules are listed in {@code docs/review.md}.
 */
package dev.baton.simulator.review;
