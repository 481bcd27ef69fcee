// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.LockRetry;
import dev.baton.model.UsesRealTime;
import java.time.Clock;
import java.time.Duration;

/**
 * The wall clock and the sleeper the command line hands to the engine. Commands run for a person at a terminal
 * against real deadlines (an escalation's, a run's), so they need real time; everything below them takes it
 * injected.
 */
@UsesRealTime("the command line waits for the database file, for escalation answers and shows elapsed time")
final class RealTime {
    /** How often a waiting command looks again at a database another Baton process holds. */
    static final Duration LOCK_PAUSE = Duration.ofMillis(100);
    /** How many times it looks before giving up (about 30 seconds). */
    static final int LOCK_ATTEMPTS = 300;

    private RealTime() {}

    static Clock clock() {
        return Clock.systemUTC();
    }

    static LockRetry.Sleeper sleeper() {
        return duration -> Thread.sleep(duration.toMillis());
    }

    static LockRetry lockRetry() {
        return new LockRetry(LOCK_ATTEMPTS, LOCK_PAUSE, sleeper());
    }
}
