// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Version 0 (pre-release: {@code intake}, durations as integer milliseconds in {@code ...Ms} keys) migrates. */
class MigrationTest {
    @Test
    void versionZeroFixtureLoadsAsItsVersionOneEquivalent() throws Exception {
        LoadedDesign v0 = DesignFiles.load(resource("everything.v0.baton.json"));
        LoadedDesign v1 = DesignFiles.load(resource("everything.v1.baton.json"));
        assertThat(v0.sourceFormatVersion()).isZero();
        assertThat(v0.design()).isEqualTo(v1.design()).isEqualTo(TestDesigns.everything());
        assertThat(v0.warnings()).extracting(LoadWarning::message)
                .containsExactly("migrated from format version 0 to 1 in memory; the file changes only when saved");
        assertThat(v1.warnings()).isEmpty();
    }

    @Test
    void migratedDesignSavesAsCanonicalVersionOne() throws Exception {
        String v1Text = java.nio.file.Files.readString(resource("everything.v1.baton.json"));
        assertThat(DesignFiles.toJson(DesignFiles.load(resource("everything.v0.baton.json")).design()))
                .isEqualTo(v1Text);
    }

    @Test
    void errorInMigratedValuePointsAtTheKeyAsWrittenInTheFile() {
        String v0 = "{\"formatVersion\": 0, \"name\": \"n\", \"intake\": {\"wallClockTimeoutMs\": \"soon\"},"
                + " \"nodes\": [], \"edges\": []}";
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.fromJson(v0, "v0"));
        assertThat(e.jsonPath()).isEqualTo("$.intake.wallClockTimeoutMs");
        assertThat(e.expected()).isEqualTo("a whole number of milliseconds >= 0");
        assertThat(e.column()).isEqualTo(v0.indexOf("\"soon\"") + 1);
    }

    @Test
    void zeroMillisecondsOfAPositiveDurationIsReportedAtTheOldKey() {
        String v0 = "{\"formatVersion\": 0, \"name\": \"n\", \"intake\": {\"wallClockTimeoutMs\": 0},"
                + " \"nodes\": [], \"edges\": []}";
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.fromJson(v0, "v0"));
        assertThat(e.jsonPath()).isEqualTo("$.intake.wallClockTimeoutMs");
        assertThat(e.expected()).startsWith("a positive duration");
        assertThat(e.found()).isEqualTo("\"0ms\"");
    }

    @Test
    void freeJsonIsNotMigrated() throws Exception {
        String v0 = "{\"formatVersion\": 0, \"name\": \"n\", \"intake\": {}, \"nodes\": [], \"edges\": [],"
                + " \"scripts\": {\"exampleInput\": {\"timeoutMs\": 5, \"intake\": 1}}}";
        LoadedDesign loaded = DesignFiles.fromJson(v0, "v0");
        assertThat(loaded.design().scripts().exampleInput().orElseThrow())
                .isEqualTo(TestDesigns.json("{\"timeoutMs\": 5, \"intake\": 1}"));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(Objects.requireNonNull(MigrationTest.class.getResource("/migration/" + name), name).toURI());
    }
}
