// SPDX-License-Identifier: Apache-2.0
/**
 * Evidence kept per design revision (its content hash): simulation results and review records, so the design
 * review can tell whether "load-tested with injected failures" holds for the design as it is now.
 */
package dev.baton.engine.store.evidence;
