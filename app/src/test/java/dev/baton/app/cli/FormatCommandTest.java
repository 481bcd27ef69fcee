// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
    @TempDir
    Path dir;

    @Test
    void sampleDesignsAreAlreadyCanonical() throws IOException {
        List<String> args = new ArrayList<>(List.of("format", "--check"));
        try (Stream<Path> files = Files.list(CliRunner.designsFolder())) {
            files.filter(p -> p.toString().endsWith(".baton.json")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertThat(args).hasSize(2 + 9);
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.out()).doesNotContain("not canonical");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void rewritesNonCanonicalFileAndKeepsBackup() throws IOException {
        Path file = dir.resolve("d.baton.json");
        String original = Files.readString(CliRunner.designsFolder().resolve("adaptive-planning.baton.json"));
        String compact = original.replace("\n", "").replaceAll(" {2,}", " ");
        Files.writeString(file, compact, StandardCharsets.UTF_8);

        CliRunner.Result check = CliRunner.run("format", "--check", file.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.NOT_OK);
        assertThat(Files.readString(file)).isEqualTo(compact);

        CliRunner.Result r = CliRunner.run("format", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("formatted");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(dir.resolve("d.baton.json.bak")).hasContent(compact);
    }

    @Test
    void leavesBrokenFileAlone() throws IOException {
        Path file = dir.resolve("broken.baton.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"name\": ", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("format", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(file)).isEqualTo("{\"formatVersion\": 1, \"name\": ");
        assertThat(dir.resolve("broken.baton.json.bak")).doesNotExist();
    }
}
