// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

/** Where a rule comes from: the checklist, the mitigations of the coordination-failure article, or graph shape. */
public enum RuleCategory {
    /** One of the ten items of the production-readiness checklist ({@code why-multi-agent-systems-die.txt}). */
    CHECKLIST,
    /** A mitigation from {@code coordination-failures-in-production.txt}. */
    MITIGATION,
    /** A property of the graph itself (reachability, exits, bounded planning). */
    GRAPH
}
