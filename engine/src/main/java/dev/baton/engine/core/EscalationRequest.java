// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.spec.HumanDecision;

/**
 * An escalation waiting for a human: shown in the inbox, answered with a {@link HumanDecision}.
 *
 * @param escalation the escalation's number within the run; the answer must carry it back
 * @param from the node that escalates (owner, orchestrator, validator)
 * @param human the human node it goes to; null when the design has none (then it is only recorded)
 * @param question what the human is asked, in words
 * @param subject the result or output in question; may be null
 * @param deadline when the default decision is taken (run time, nanoseconds); -1 = only the run's deadline
 */
public record EscalationRequest(RunId run, int escalation, NodeId from, NodeId human, String question,
        Object subject, long deadline, HumanDecision defaultDecision) {}
