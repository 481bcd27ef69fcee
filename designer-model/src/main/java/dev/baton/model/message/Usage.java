// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import dev.baton.model.Require;
import java.math.BigDecimal;

/** Tokens (and money) one call consumed. */
public record Usage(long inputTokens, long outputTokens, BigDecimal costUsd) {
    public static final Usage NONE = new Usage(0, 0, BigDecimal.ZERO);

    public Usage {
        Require.atLeast("inputTokens", inputTokens, 0);
        Require.atLeast("outputTokens", outputTokens, 0);
        Require.nonNull("costUsd", costUsd);
        if (costUsd.signum() < 0) {
            throw new IllegalArgumentException("costUsd must be >= 0, but was " + costUsd);
        }
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                costUsd.add(other.costUsd));
    }
}
