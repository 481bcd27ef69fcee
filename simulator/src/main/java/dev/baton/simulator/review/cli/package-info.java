// SPDX-License-Identifier: Apache-2.0
/** The {@code baton review} command. */
package dev.baton.simulator.review.cli;
