// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.policy;

import dev.baton.model.Require;
import java.util.OptionalInt;

/**
 * When the task as a whole stops, written down before the first run ("termination criteria specified before
 * the first line of orchestration code").
 *
 * @param maxAgentCalls hard cap on model invocations per run; empty = unset
 * @param completeWhen the completion condition in words, for reviewers ("an answer validated at >= 0.8")
 */
public record TerminationCriteria(OptionalInt maxAgentCalls, String completeWhen) {
    public static final TerminationCriteria UNSET = new TerminationCriteria(OptionalInt.empty(), "");

    public TerminationCriteria {
        Require.nonNull("maxAgentCalls", maxAgentCalls);
        maxAgentCalls.ifPresent(n -> Require.atLeast("maxAgentCalls", n, 1));
        Require.nonNull("completeWhen", completeWhen);
    }

    /** Whether anything is specified. */
    public boolean isSpecified() {
        return maxAgentCalls.isPresent() || !completeWhen.isBlank();
    }
}
