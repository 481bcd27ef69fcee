// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * When a planner's plan is done: the consolidated confidence reaches a threshold, or {@code k} consecutive
 * rounds agree. At least one of the two must be set; both set means "whichever comes first".
 */
public record CompletionCriterion(OptionalDouble minConfidence, OptionalInt agreeingRounds) {
    public CompletionCriterion {
        Require.nonNull("minConfidence", minConfidence);
        Require.nonNull("agreeingRounds", agreeingRounds);
        minConfidence.ifPresent(c -> Require.probability("completion minConfidence", c));
        agreeingRounds.ifPresent(k -> Require.atLeast("completion agreeingRounds", k, 1));
        if (minConfidence.isEmpty() && agreeingRounds.isEmpty()) {
            throw new IllegalArgumentException(
                    "completion criterion must set minConfidence or agreeingRounds (or both), but sets neither");
        }
    }

    public static CompletionCriterion confidenceAtLeast(double threshold) {
        return new CompletionCriterion(OptionalDouble.of(threshold), OptionalInt.empty());
    }
}
