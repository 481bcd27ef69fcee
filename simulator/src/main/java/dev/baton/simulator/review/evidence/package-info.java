// SPDX-License-Identifier: Apache-2.0
/** Stored simulation evidence the review reads, keyed by the design's content hash. */
package dev.baton.simulator.review.evidence;
