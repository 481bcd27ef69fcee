// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.run;

import dev.baton.engine.store.DesignHash;
import dev.baton.model.message.TraceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One run of a design. A run that has not ended has no {@code endedAt} and no outcome.
 *
 * @param id the run id (letters, digits, {@code -}), unique in the database
 * @param inputJson the task input as JSON text, if any
 * @param reason why the run ended, readable by a person; empty while running
 */
public record RunRecord(String id, String designName, DesignHash designHash, TraceId traceId, long seed,
        Optional<String> inputJson, Instant startedAt, Optional<Instant> endedAt, Optional<RunOutcome> outcome,
        String reason, RunTotals totals) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]{0,63}");

    public RunRecord {
        Objects.requireNonNull(id, "run id must not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("run id must match " + ID.pattern() + ", but was \"" + id + "\"");
        }
        Objects.requireNonNull(designName, "run designName must not be null");
        Objects.requireNonNull(designHash, "run designHash must not be null");
        Objects.requireNonNull(traceId, "run traceId must not be null");
        Objects.requireNonNull(inputJson, "run inputJson must not be null");
        Objects.requireNonNull(startedAt, "run startedAt must not be null");
        Objects.requireNonNull(endedAt, "run endedAt must not be null");
        Objects.requireNonNull(outcome, "run outcome must not be null");
        if (endedAt.isPresent() != outcome.isPresent()) {
            throw new IllegalArgumentException("a run has an end time exactly when it has an outcome, but endedAt was "
                    + endedAt + " and outcome " + outcome);
        }
        endedAt.ifPresent(end -> {
            if (end.isBefore(startedAt)) {
                throw new IllegalArgumentException("run endedAt must not be before startedAt " + startedAt
                        + ", but was " + end);
            }
        });
        Objects.requireNonNull(reason, "run reason must not be null");
        Objects.requireNonNull(totals, "run totals must not be null");
    }

    /** A run that has just started. */
    public static RunRecord started(String id, String designName, DesignHash designHash, TraceId traceId, long seed,
            Optional<String> inputJson, Instant startedAt) {
        return new RunRecord(id, designName, designHash, traceId, seed, inputJson, startedAt, Optional.empty(),
                Optional.empty(), "", RunTotals.ZERO);
    }

    public boolean ended() {
        return outcome.isPresent();
    }
}
