// SPDX-License-Identifier: Apache-2.0
/** One-step fixes: pure functions from a design to a repaired design, one undoable edit each in the app. */
package dev.baton.simulator.review.fix;
