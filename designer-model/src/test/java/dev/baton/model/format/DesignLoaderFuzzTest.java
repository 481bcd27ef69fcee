// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.baton.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the loader: every input either loads or fails with {@link DesignLoadException} (any other exception is a
 * finding), a loaded design survives a canonical round trip, and loading never changes the input file.
 *
 * <p>In a plain {@code mvn verify} Jazzer runs only the seed corpus ({@code DesignLoaderFuzzTestInputs/} in the
 * test resources: valid designs and broken fixtures). {@code mvn -pl designer-model verify -Pfuzz} fuzzes each
 * method for {@code maxDuration}; see docs/file-format.md.
 */
class DesignLoaderFuzzTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);
    private static Path dir;

    @BeforeAll
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("baton-fuzz");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fromJson(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        try {
            assertRoundTrips(DesignFiles.fromJson(json, "fuzz.baton.json").design());
        } catch (DesignLoadException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.baton.json:");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void load(byte[] input) throws IOException {
        Path file = dir.resolve("fuzz.baton.json");
        Files.write(file, input);
        Files.setLastModifiedTime(file, LONG_AGO);
        try {
            assertRoundTrips(DesignFiles.load(file).design());
        } catch (DesignLoadException expected) {
            assertThat(expected.file()).isEqualTo(file.toString());
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(input);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).as("files beside the input").isEqualTo(1);
        }
    }

    private static void assertRoundTrips(Design design) {
        String text = DesignFiles.toJson(design);
        try {
            Design again = DesignFiles.fromJson(text, "canonical").design();
            assertThat(again).isEqualTo(design);
            assertThat(DesignFiles.toJson(again)).isEqualTo(text);
        } catch (DesignLoadException e) {
            throw new AssertionError("the canonical text of a loaded design does not load: " + e.getMessage(), e);
        }
    }
}
