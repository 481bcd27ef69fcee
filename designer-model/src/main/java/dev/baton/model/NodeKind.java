// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.util.Locale;

/** The closed set of node kinds (PRODUCT.md section 1). The JSON name is the lower-case enum name. */
public enum NodeKind {
    /** Owns the task: decomposes, delegates, collects envelopes, re-plans. */
    ORCHESTRATOR,
    /** A worker or specialist. */
    AGENT,
    /** Manager of adaptive planning: consults specialists round by round. */
    PLANNER,
    /** Gate before output leaves or before claims travel on. */
    VALIDATOR,
    /** Human escalation path. */
    HUMAN,
    /** Task owner of a handoff design: gets control back at the hop cap. */
    OWNER,
    /** An external service agents call. */
    TOOL,
    /** Shared state agents read and write. */
    STORE,
    /** Task intake. */
    START,
    /** Task result. */
    END;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this kind can be the task's accountable owner. */
    public boolean canOwnTask() {
        return this == ORCHESTRATOR || this == PLANNER || this == OWNER;
    }

    /** Whether this kind is invoked as a model-backed participant (and so spends tokens). */
    public boolean isInvocable() {
        return this == ORCHESTRATOR || this == AGENT || this == PLANNER || this == VALIDATOR;
    }

    public static NodeKind fromJson(String name) {
        for (NodeKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown node kind \"" + name + "\"");
    }
}
