// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunnerTest {
    @TempDir
    Path dir;
    Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("m") + ";AUTO_SERVER=FALSE", "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void emptyDatabaseGetsEveryMigrationInOrder() throws SQLException {
        List<Integer> applied = new MigrationRunner(Migrations.ALL).migrate(connection);

        assertThat(applied).containsExactly(1, 2, 3);
        assertThat(MigrationRunner.appliedVersions(connection)).containsExactly(1, 2, 3);
        assertThat(tables()).contains("RUNS", "MESSAGES", "DECISIONS", "STORE_WRITES", "ESCALATIONS",
                "SIMULATION_RESULTS", "REVIEW_RECORDS", "SCHEMA_VERSION");
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() {
        new MigrationRunner(Migrations.ALL).migrate(connection);

        assertThat(new MigrationRunner(Migrations.ALL).migrate(connection)).isEmpty();
        assertThat(MigrationRunner.appliedVersions(connection)).containsExactly(1, 2, 3);
    }

    @Test
    void olderDatabaseIsUpgradedAndKeepsItsRows() throws SQLException {
        new MigrationRunner(Migrations.ALL.subList(0, 1)).migrate(connection);
        assertThat(tables()).contains("RUNS").doesNotContain("REVIEW_RECORDS");
        execute("INSERT INTO runs (id, design_name, design_hash, trace_id, seed, started_at) VALUES ('old-run', 'd',"
                + " '" + "a".repeat(64) + "', '" + "b".repeat(32) + "', 1, TIMESTAMP WITH TIME ZONE"
                + " '2026-01-01 00:00:00Z')");

        List<Integer> applied = new MigrationRunner(Migrations.ALL).migrate(connection);

        assertThat(applied).containsExactly(2, 3);
        assertThat(tables()).contains("REVIEW_RECORDS", "SIMULATION_RESULTS");
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM runs")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("old-run");
        }
    }

    @Test
    void databaseFromANewerBatonIsRefused() throws SQLException {
        new MigrationRunner(Migrations.ALL).migrate(connection);
        execute("INSERT INTO schema_version (version, description, script, checksum) VALUES (4, 'future',"
                + " 'V4__future.sql', '" + "0".repeat(64) + "')");

        assertThatThrownBy(() -> new MigrationRunner(Migrations.ALL).migrate(connection))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 4, newer than this Baton knows (3)");
    }

    @Test
    void editedAppliedScriptIsDetected() throws SQLException {
        new MigrationRunner(Migrations.ALL).migrate(connection);
        execute("UPDATE schema_version SET checksum = '" + "f".repeat(64) + "' WHERE version = 1");

        assertThatThrownBy(() -> new MigrationRunner(Migrations.ALL).migrate(connection))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V1__trace_tables.sql was changed after it was applied");
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        assertThatThrownBy(() -> new MigrationRunner(List.of(Migrations.ALL.get(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1 is version 2");
    }

    @Test
    void listMatchesTheScriptsInTheMigrationFolder() throws IOException {
        Path folder = Path.of("src/main/resources", Migrations.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(p -> Migrations.FOLDER + p.getFileName()).sorted().toList();
            assertThat(Migrations.ALL).extracting(Migration::resource).containsExactlyElementsOf(onDisk);
        }
    }

    private List<String> tables() throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
