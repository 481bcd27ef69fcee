// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.run;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a run has consumed so far.
 *
 * @param tokens tokens charged, input and output together
 * @param costUsd money charged, in US dollars (stored to 6 decimal places)
 * @param hops the global hop count reached
 * @param calls agent and tool calls started
 */
public record RunTotals(long tokens, BigDecimal costUsd, int hops, int calls) {
    public static final RunTotals ZERO = new RunTotals(0, BigDecimal.ZERO, 0, 0);

    public RunTotals {
        if (tokens < 0) {
            throw new IllegalArgumentException("run tokens must be >= 0, but was " + tokens);
        }
        Objects.requireNonNull(costUsd, "run costUsd must not be null");
        if (costUsd.signum() < 0) {
            throw new IllegalArgumentException("run costUsd must be >= 0, but was " + costUsd.toPlainString());
        }
        // One form per amount, so that 0.0123 read back from DECIMAL(19, 6) as 0.012300 equals what was written.
        costUsd = costUsd.stripTrailingZeros();
        if (hops < 0) {
            throw new IllegalArgumentException("run hops must be >= 0, but was " + hops);
        }
        if (calls < 0) {
            throw new IllegalArgumentException("run calls must be >= 0, but was " + calls);
        }
    }
}
