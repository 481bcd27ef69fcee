// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Loading never writes: not the file, not its modification time, not a backup or temporary file beside it. */
class LoadIsReadOnlyTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/migration/everything.v1.baton.json", "/migration/everything.v0.baton.json",
        "/broken/truncated.baton.json", "/broken/duplicate-key.baton.json", "/broken/not-utf8.baton.json",
        "/broken/pasted-api-key.baton.json"})
    void loadLeavesTheFileAndItsFolderAlone(String resource) throws Exception {
        Path file = dir.resolve("design.baton.json");
        Files.copy(Path.of(LoadIsReadOnlyTest.class.getResource(resource).toURI()), file);
        Files.setLastModifiedTime(file, LONG_AGO);
        byte[] before = Files.readAllBytes(file);
        List<Path> listing = list();

        try {
            DesignFiles.load(file);
        } catch (DesignLoadException expectedForBrokenFixtures) {
            assertThat(resource).startsWith("/broken/");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        assertThat(list()).isEqualTo(listing);
    }

    private List<Path> list() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
