// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton export}: the bundle is self-contained and its engine jar runs in a separate JVM. */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path design;
    Path bundle;

    @BeforeEach
    void saveDesign() throws IOException {
        design = dir.resolve("tiny.baton.json");
        DesignFiles.save(design, Design.empty("tiny"));
        bundle = dir.resolve("bundle");
    }

    @Test
    void bundleHoldsEngineJarDesignAndRunScripts() throws IOException {
        Cli.Result r = Cli.run(new ExportCommand(), design.toString(), "--bundle", bundle.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(bundle.resolve("tiny.baton.json")).hasSameTextualContentAs(design);
        assertThat(Files.readString(bundle.resolve("run.sh"))).contains("-jar \"$HERE/baton-engine.jar\" run"
                + " \"$HERE/tiny.baton.json\" \"$@\"");
        assertThat(Files.isExecutable(bundle.resolve("run.sh"))).isTrue();
        assertThat(bundle.resolve("run.cmd")).exists();
        try (JarFile jar = new JarFile(bundle.resolve(ExportCommand.ENGINE_JAR).toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS))
                    .isEqualTo(EngineMain.class.getName());
            List<String> names = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
            assertThat(names).contains("dev/baton/engine/cli/EngineMain.class", "dev/baton/model/Design.class",
                    "org/h2/Driver.class", "picocli/CommandLine.class", "db/migration/V1__trace_tables.sql",
                    "com/fasterxml/jackson/databind/ObjectMapper.class");
            assertThat(names).noneMatch(n -> n.startsWith("javafx/") || n.startsWith("com/sun/javafx/"));
        }
    }

    @Test
    void unreadableDesignIsRefusedWithExitCodeTwo() throws IOException {
        Path broken = dir.resolve("broken.baton.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"name\": ");

        Cli.Result r = Cli.run(new ExportCommand(), broken.toString(), "--bundle", bundle.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("baton: cannot read design ").contains("broken.baton.json:1:");
        assertThat(bundle).doesNotExist();
    }

    @Test
    void bundleRunsItsDesignInASeparateJvmAndRecordsTheRun() throws Exception {
        Path incident = dir.resolve("handoff-loop-fixed.baton.json");
        DesignFiles.save(incident, TestDesigns.handoffLoop(true));
        String expectedReason = Runs.scripted(TestDesigns.handoffLoop(true)).result().reason();
        assertThat(Cli.run(new ExportCommand(), incident.toString(), "--bundle", bundle.toString()).exitCode())
                .isZero();
        String db = dir.resolve("data/baton").toString();

        Process run = process(List.of("/bin/sh", bundle.resolve("run.sh").toString(), "--db", db, "--seed", "7"));
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor()).as(out + err).isEqualTo(ExitCodes.NOT_OK);
        assertThat(out).contains("aborted: " + expectedReason).contains("hops 12/12");
        assertThat(err).isEmpty();

        Process runs = process(List.of(javaBinary(), "-jar", bundle.resolve(ExportCommand.ENGINE_JAR).toString(),
                "runs", "--db", db));
        String listed = new String(runs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(runs.waitFor()).isZero();
        assertThat(listed).contains("aborted").contains("hop cap 12 reached");

        Process usage = process(List.of(javaBinary(), "-jar", bundle.resolve(ExportCommand.ENGINE_JAR).toString(),
                "trace"));
        usage.getInputStream().readAllBytes();
        assertThat(new String(usage.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Missing required parameter: 'RUN'");
        assertThat(usage.waitFor()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Process process(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA", javaBinary());
        return builder.start();
    }
}
