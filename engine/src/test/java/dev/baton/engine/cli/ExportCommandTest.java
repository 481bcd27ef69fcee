// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static dev.baton.engine.store.TestStores.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunTotals;
import dev.baton.engine.store.trace.TraceRecorder;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("baton: cannot read design ").contains("broken.baton.json:1:");
        assertThat(bundle).doesNotExist();
    }

    @Test
    void bundledEngineJarRunsInASeparateJvm() throws Exception {
        TraceDatabase db = TestStores.openIn(dir.resolve("data"));
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("bundle-run-1", T0), 10);
        recorder.finish(T0.plusSeconds(1), RunOutcome.COMPLETED, "all subtasks succeeded", RunTotals.ZERO);
        assertThat(Cli.run(new ExportCommand(), design.toString(), "--bundle", bundle.toString()).exitCode()).isZero();
        String dbPath = db.location().base().toString();

        Process runs = java("-jar", bundle.resolve(ExportCommand.ENGINE_JAR).toString(), "runs", "--db", dbPath);
        String out = new String(runs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(runs.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(runs.waitFor()).as(err).isZero();
        assertThat(out).contains("bundle-run-1").contains("completed").contains("all subtasks succeeded");
        assertThat(err).isEmpty();

        Process usage = java("-jar", bundle.resolve(ExportCommand.ENGINE_JAR).toString(), "trace");
        usage.getInputStream().readAllBytes();
        assertThat(new String(usage.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Missing required parameter: 'RUN'");
        assertThat(usage.waitFor()).isEqualTo(ExitCodes.USAGE);
    }

    static Process java(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
