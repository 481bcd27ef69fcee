// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.escalation;

import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.TraceDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Waits for a person to answer an escalation, or for its deadline. This is how an answer typed in another
 * process ({@code baton inbox answer}, or the app's inbox) reaches a waiting run: the answer is a
 * compare-and-set on the escalation's row, and the waiting run polls the row, opening the database only for
 * each look. When the deadline passes first, the waiter takes the default decision with the same
 * compare-and-set, so exactly one of the two wins.
 *
 * <p>Time comes from the injected clock and sleeper (the real-time driver passes real ones; tests pass fakes).
 * This class is threadsafe.
 */
public final class EscalationWaiter {
    private final TraceDatabase database;
    private final Clock clock;
    private final LockRetry.Sleeper sleeper;
    private final Duration pollInterval;

    public EscalationWaiter(TraceDatabase database, Clock clock, LockRetry.Sleeper sleeper, Duration pollInterval) {
        this.database = Objects.requireNonNull(database, "database must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
        Objects.requireNonNull(pollInterval, "pollInterval must not be null");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, but was " + pollInterval);
        }
        this.pollInterval = pollInterval;
    }

    /**
     * Blocks until escalation {@code id} is answered, defaulted or cancelled, and returns it as it then stands.
     *
     * @throws InterruptedException if the waiting thread is interrupted (the run was cancelled)
     * @throws StoreException if there is no such escalation
     */
    public EscalationRecord await(long id) throws InterruptedException {
        while (true) {
            EscalationRecord current = database.withSession(s -> s.escalations().find(id))
                    .orElseThrow(() -> new StoreException("no escalation " + id + " in the trace database"));
            if (!current.pending()) {
                return current;
            }
            Instant now = clock.instant();
            if (!now.isBefore(current.deadline())) {
                return database.withSession(s -> s.escalations().takeDefault(id, now));
            }
            Duration left = Duration.between(now, current.deadline());
            sleeper.sleep(left.compareTo(pollInterval) < 0 ? left : pollInterval);
        }
    }

    /**
     * Blocks until escalation {@code id} is no longer pending, or {@code stillWaiting} turns false, without ever
     * taking the default itself: for a run whose engine core keeps the deadline (the real-time driver does).
     *
     * @return the escalation once decided; empty if the waiter stopped first
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public Optional<EscalationRecord> awaitDecision(long id, BooleanSupplier stillWaiting)
            throws InterruptedException {
        while (stillWaiting.getAsBoolean()) {
            EscalationRecord current = database.withSession(s -> s.escalations().find(id))
                    .orElseThrow(() -> new StoreException("no escalation " + id + " in the trace database"));
            if (!current.pending()) {
                return Optional.of(current);
            }
            sleeper.sleep(pollInterval);
        }
        return Optional.empty();
    }
}
