// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import dev.baton.engine.store.migration.MigrationRunner;
import dev.baton.engine.store.migration.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handle on the trace database at one location. It holds no connection: each {@link #session()} opens the
 * embedded file and closing the session releases it, so that several Baton processes can take turns on one
 * database without a server. Opening the handle creates the folder and brings the schema up to date.
 *
 * <p>This class is threadsafe; sessions are not.
 */
public final class TraceDatabase {
    /** H2's "database may be already in use" error: another process holds the file lock. */
    static final int ERROR_FILE_IN_USE = 90020;
    private static final Logger LOG = LoggerFactory.getLogger(TraceDatabase.class);
    /** H2's driver, used directly: no DriverManager lookup, so shaded jars need no service file. */
    private static final Driver DRIVER = new org.h2.Driver();
    private static final Properties CREDENTIALS = credentials();

    private final DatabaseLocation location;
    private final LockRetry lockRetry;

    private TraceDatabase(DatabaseLocation location, LockRetry lockRetry) {
        this.location = location;
        this.lockRetry = lockRetry;
    }

    /**
     * Opens (creating if needed) the database at {@code location} and applies pending schema migrations.
     *
     * @throws StoreException if the folder cannot be created, the file is held by another process beyond
     *     {@code lockRetry}, or the schema is newer than this Baton
     */
    public static TraceDatabase open(DatabaseLocation location, LockRetry lockRetry) {
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(lockRetry, "lockRetry must not be null");
        try {
            Files.createDirectories(location.base().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the trace database " + location + ": " + e, e);
        }
        TraceDatabase db = new TraceDatabase(location, lockRetry);
        try (StoreSession session = db.session()) {
            new MigrationRunner(Migrations.ALL).migrate(session.connection());
        }
        return db;
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "baton");
        p.setProperty("password", "");
        return p;
    }

    public DatabaseLocation location() {
        return location;
    }

    /** Opens a session; close it promptly, other processes wait for the file meanwhile. */
    public StoreSession session() {
        return new StoreSession(connect());
    }

    /** Runs {@code work} in a session of its own. */
    public <T> T withSession(Function<StoreSession, T> work) {
        try (StoreSession session = session()) {
            return work.apply(session);
        }
    }

    private Connection connect() {
        String url = location.jdbcUrl();
        for (int attempt = 1; ; attempt++) {
            try {
                Connection connection = DRIVER.connect(url, CREDENTIALS);
                if (connection == null) {
                    throw new AssertionError("H2 refused its own URL " + url);
                }
                return connection;
            } catch (SQLException e) {
                if (e.getErrorCode() != ERROR_FILE_IN_USE || attempt >= lockRetry.attempts()) {
                    String why = e.getErrorCode() == ERROR_FILE_IN_USE
                            ? "another Baton process holds it (tried " + attempt + " times)" : e.getMessage();
                    throw new StoreException("cannot open the trace database " + location + ": " + why, e);
                }
                LOG.debug("trace database {} is in use, attempt {} of {}", location, attempt, lockRetry.attempts());
                pause();
            }
        }
    }

    private void pause() {
        try {
            lockRetry.sleeper().sleep(lockRetry.pause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the trace database " + location, e);
        }
    }

    @Override
    public String toString() {
        return "TraceDatabase[" + location + "]";
    }
}
