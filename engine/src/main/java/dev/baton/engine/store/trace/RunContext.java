// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import dev.baton.engine.store.DesignHash;
import java.time.Instant;
import java.util.Objects;

/**
 * What the store needs to know about a run that its trace events do not say.
 *
 * @param seed the seed the run was started with
 * @param startedAt when the run started, by the wall clock
 * @param realTime whether run time is real time: then wall times are {@code startedAt} plus run time and
 *     escalations go to the inbox; in virtual time (simulation) neither makes sense
 */
public record RunContext(DesignHash designHash, long seed, Instant startedAt, boolean realTime) {
    public RunContext {
        Objects.requireNonNull(designHash, "designHash must not be null");
        Objects.requireNonNull(startedAt, "startedAt must not be null");
    }
}
