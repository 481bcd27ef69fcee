// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.WallClockWaits;
import dev.baton.model.UsesRealTime;
import java.time.Clock;

/**
 * The wall clock and the sleeper the command line hands to the engine. Commands run for a person at a terminal
 * against real deadlines (an escalation's, a run's), so they need real time; everything below them takes it
 * injected.
 */
@UsesRealTime("the command line shows elapsed time and stamps runs with the wall clock")
final class RealTime {
    private RealTime() {}

    static Clock clock() {
        return Clock.systemUTC();
    }

    static LockRetry.Sleeper sleeper() {
        return WallClockWaits.sleeper();
    }

    static LockRetry lockRetry() {
        return WallClockWaits.lockRetry();
    }
}
