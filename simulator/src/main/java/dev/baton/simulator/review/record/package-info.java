// SPDX-License-Identifier: Apache-2.0
/** Review records (sign-offs) and where they are kept. */
package dev.baton.simulator.review.record;
