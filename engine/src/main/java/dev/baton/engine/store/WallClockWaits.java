// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import dev.baton.model.UsesRealTime;
import java.time.Duration;

/**
 * The real waits of the command-line tools, in one place so every {@code baton} command gives another process's
 * hold on the trace database the same patience (about 30 seconds) and no command writes its own sleep.
 */
@UsesRealTime("a command at a terminal waits in real time for another Baton process to release the database file, "
        + "and polls for escalation answers a person gives in real time")
public final class WallClockWaits {
    /** How often a waiting command looks again at a database another Baton process holds. */
    public static final Duration LOCK_PAUSE = Duration.ofMillis(100);
    /** How many times it looks before giving up (about 30 seconds). */
    public static final int LOCK_ATTEMPTS = 300;

    private WallClockWaits() {}

    /** Sleeps the calling thread for real. */
    public static LockRetry.Sleeper sleeper() {
        return duration -> Thread.sleep(duration.toMillis());
    }

    /** The lock retry every command uses when it opens the trace database. */
    public static LockRetry lockRetry() {
        return new LockRetry(LOCK_ATTEMPTS, LOCK_PAUSE, sleeper());
    }
}
