// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.Locale;

/** The state of one checklist item. */
public enum ItemStatus {
    /** The design (or its stored evidence) shows the item is met. */
    PASS,
    /** The design (or its stored evidence) shows the item is not met. */
    FAIL,
    /** The item needs stored simulation evidence for this revision, and there is none yet. Never a pass. */
    NO_EVIDENCE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How reports show it. */
    public String label() {
        switch (this) {
            case PASS: return "pass";
            case FAIL: return "FAIL";
            case NO_EVIDENCE: return "no evidence yet";
            default: throw new AssertionError("unhandled " + this);
        }
    }
}
