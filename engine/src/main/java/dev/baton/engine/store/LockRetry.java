// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait when another process holds the database file. The database is embedded (no server), so two
 * processes take turns: each holds the file only for one short session. The pause is injected, so the engine's
 * code never sleeps by itself; the command line passes a real one.
 *
 * <p>This class is threadsafe if its {@link Sleeper} is.
 *
 * @param attempts how many times to try opening (at least 1)
 * @param pause the pause between attempts
 * @param sleeper what waits for {@code pause}
 */
public record LockRetry(int attempts, Duration pause, Sleeper sleeper) {
    /** Try once; fail at once if the file is held. */
    public static final LockRetry NONE = new LockRetry(1, Duration.ZERO, d -> { });

    public LockRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("lock retry attempts must be >= 1, but was " + attempts);
        }
        Objects.requireNonNull(pause, "lock retry pause must not be null");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("lock retry pause must be >= 0, but was " + pause);
        }
        Objects.requireNonNull(sleeper, "lock retry sleeper must not be null");
    }

    /** Waits for a duration; the only place where the store gives up time. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }
}
