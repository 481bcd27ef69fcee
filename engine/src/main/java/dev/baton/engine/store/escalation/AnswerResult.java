// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

/**
 * What became of an attempt to answer an escalation.
 *
 * @param accepted whether this attempt's answer now stands
 * @param escalation the escalation as it stands after the attempt
 */
public record AnswerResult(boolean accepted, EscalationRecord escalation) {
    /** Why an answer was not taken, for a person; empty when accepted. */
    public String refusal() {
        if (accepted) {
            return "";
        }
        EscalationRecord e = escalation;
        if (e.pending()) {
            return "escalation " + e.id() + " passed its deadline " + e.deadline() + "; the run takes the default ("
                    + e.defaultDecision().jsonName() + ")";
        }
        return "escalation " + e.id() + " is already " + e.status().label()
                + e.decision().map(d -> " (" + d.jsonName() + ")").orElse("");
    }
}
