// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.TraceDatabase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command that reads or writes the trace store shares (a picocli mixin). */
public final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Trace database (default: the user's data folder, e.g. ~/.local/share/baton/baton.mv.db).")
    Path db;

    /** The location chosen: the option's, or the user's default. */
    public DatabaseLocation location() {
        return db == null ? DatabaseLocation.userDefault() : DatabaseLocation.of(db);
    }

    /** Opens the database, waiting a while if another Baton process holds it. */
    public TraceDatabase open() {
        return open(RealTime.lockRetry());
    }

    TraceDatabase open(LockRetry retry) {
        return TraceDatabase.open(location(), retry);
    }
}
