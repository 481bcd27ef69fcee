// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.time;

import dev.baton.model.Require;
import dev.baton.model.spec.HumanDecision;

/** A human's decision on an escalation, arriving {@code latencyNanos} after it was opened. */
public record HumanAnswer(HumanDecision decision, long latencyNanos) {
    public HumanAnswer {
        Require.nonNull("decision", decision);
        Require.atLeast("latencyNanos", latencyNanos, 0L);
    }
}
