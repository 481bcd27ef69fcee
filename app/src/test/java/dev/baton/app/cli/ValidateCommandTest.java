// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void everySampleDesignIsValid() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(CliRunner.designsFolder())) {
            files = s.filter(p -> p.toString().endsWith(".baton.json")).map(Path::toString).sorted().toList();
        }
        assertThat(files).hasSize(9);
        CliRunner.Result r = CliRunner.run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("9 of 9 designs valid").doesNotContain("invalid", "error");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void structurallyBrokenDesignExitsOneAndNamesTheEdge() throws IOException {
        Path sample = CliRunner.designsFolder().resolve("research-pipeline.baton.json");
        String json = Files.readString(sample, StandardCharsets.UTF_8)
                .replace("\"kind\": \"call\",\n      \"from\": \"web-researcher\"",
                        "\"kind\": \"handoff\",\n      \"from\": \"web-researcher\"");
        assertThat(json).contains("\"kind\": \"handoff\",\n      \"from\": \"web-researcher\"");
        Path broken = dir.resolve("broken.baton.json");
        Files.writeString(broken, json, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("validate", broken.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_OK);
        assertThat(r.out()).contains("[edge.illegal-kind]").contains("web-search-call")
                .contains("handoff edge cannot go from an agent (web-researcher) to a tool (web-search)")
                .contains("invalid     " + broken);
    }

    @Test
    void unreadableFileExitsTwoWithFileLineAndPath() throws IOException {
        Path broken = dir.resolve("bad.baton.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": 42\n}\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(broken);
        CliRunner.Result r = CliRunner.run("validate", broken.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(broken.getFileName().toString()).contains(":3:").contains("$.name");
        assertThat(Files.readAllBytes(broken)).isEqualTo(before);
    }

    @Test
    void missingFileExitsTwo() {
        CliRunner.Result r = CliRunner.run("validate", dir.resolve("nope.baton.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nope.baton.json");
    }
}
