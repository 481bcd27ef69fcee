// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.migration;

import dev.baton.engine.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date. Applied versions are recorded in {@code schema_version} with a
 * checksum of their script; running again applies nothing. It refuses a database whose schema is newer than
 * the scripts it knows, and a database whose applied script has since been edited.
 *
 * <p>This class is threadsafe (immutable); the connection it is given is not shared.
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version      INT           NOT NULL PRIMARY KEY,
                description  VARCHAR(200)  NOT NULL,
                script       VARCHAR(200)  NOT NULL,
                checksum     CHAR(64)      NOT NULL,
                applied_at   TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
            )""";

    private final List<Migration> migrations;

    /** A runner for {@code migrations}, which must have versions 1, 2, ... in order. */
    public MigrationRunner(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            int version = this.migrations.get(i).version();
            if (version != i + 1) {
                throw new IllegalArgumentException("migration versions must be 1, 2, 3, ... in order, but entry "
                        + (i + 1) + " is version " + version + " (" + this.migrations.get(i).resource() + ")");
            }
        }
    }

    /**
     * Applies every migration not yet applied, oldest first.
     *
     * @return the versions applied now (empty if the schema was up to date)
     */
    public List<Integer> migrate(Connection connection) {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute(CREATE_VERSION_TABLE);
            }
            TreeMap<Integer, String> applied = appliedChecksums(connection);
            int known = migrations.size();
            if (!applied.isEmpty() && applied.lastKey() > known) {
                throw new StoreException("the trace database has schema version "
                        + applied.lastKey() + ", newer than this Baton knows (" + known
                        + "); use a newer Baton or another database (--db)");
            }
            List<Integer> done = new ArrayList<>();
            for (Migration m : migrations) {
                String script = read(m);
                String checksum = sha256(script);
                String recorded = applied.get(m.version());
                if (recorded == null) {
                    apply(connection, m, script, checksum);
                    done.add(m.version());
                } else if (!recorded.equals(checksum)) {
                    throw new StoreException("migration " + m.scriptName() + " was changed after it was applied"
                            + " (checksum " + recorded + " in the database, " + checksum + " now); add a new"
                            + " migration instead of editing an applied one");
                }
            }
            return List.copyOf(done);
        } catch (SQLException e) {
            throw new StoreException("cannot migrate the trace database schema: " + e.getMessage(), e);
        }
    }

    /** The versions recorded as applied, in order. */
    public static List<Integer> appliedVersions(Connection connection) {
        try {
            return List.copyOf(appliedChecksums(connection).keySet());
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    private static TreeMap<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        TreeMap<Integer, String> applied = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private static void apply(Connection connection, Migration m, String script, String checksum)
            throws SQLException {
        LOG.info("applying trace store migration {}", m.scriptName());
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String sql : SqlScript.statements(script)) {
                try (Statement st = connection.createStatement()) {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("in " + m.scriptName() + ": " + e.getMessage(), e.getSQLState(),
                            e.getErrorCode(), e);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, script, checksum) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                ps.setString(3, m.scriptName());
                ps.setString(4, checksum);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(Migration m) {
        try (InputStream in = MigrationRunner.class.getClassLoader().getResourceAsStream(m.resource())) {
            if (in == null) {
                throw new StoreException("migration script " + m.resource() + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new StoreException("cannot read migration script " + m.resource() + ": " + e, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
