// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A snapshot of a run in progress, as the progress line shows it. Limits are empty when the design sets none.
 */
record RunProgress(int hops, OptionalInt hopCap, int calls, long tokens, OptionalLong tokenCeiling,
        BigDecimal costUsd, Optional<BigDecimal> costCeilingUsd, Duration elapsed) {

    RunProgress {
        Objects.requireNonNull(hopCap, "hopCap must not be null");
        Objects.requireNonNull(tokenCeiling, "tokenCeiling must not be null");
        Objects.requireNonNull(costUsd, "costUsd must not be null");
        Objects.requireNonNull(costCeilingUsd, "costCeilingUsd must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
    }

    /** {@code hops 3/12 · calls 5 · tokens 4,210/50,000 · cost $0.0123/$1.0000 · 1.2s} */
    String line() {
        return "hops " + hops + hopCap.stream().mapToObj(c -> "/" + c).findFirst().orElse("")
                + " · calls " + calls
                + " · tokens " + HumanFormat.count(tokens)
                + tokenCeiling.stream().mapToObj(c -> "/" + HumanFormat.count(c)).findFirst().orElse("")
                + " · cost " + HumanFormat.cost(costUsd)
                + costCeilingUsd.map(c -> "/" + HumanFormat.cost(c)).orElse("")
                + " · " + HumanFormat.duration(elapsed);
    }
}
