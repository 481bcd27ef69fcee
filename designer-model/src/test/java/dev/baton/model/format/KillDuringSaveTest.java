// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
import dev.baton.model.policy.TaskPolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills JVMs with SIGKILL ({@code Process.destroyForcibly} on Linux) while they save in a loop, many times, and
 * checks after every kill that the file is the old or the new design, never a mix, and that the backup is too.
 * Four lanes run side by side (one file each) so that 200 JVM starts fit in well under a minute.
 */
class KillDuringSaveTest {
    /** At least 200 kills in all; {@code -Dbaton.kills=N} runs more (or fewer while iterating). */
    private static final int KILLS = Integer.getInteger("baton.kills", 200);
    private static final int LANES = 4;

    @TempDir
    Path dir;

    /** About 25 KB of canonical JSON. */
    static Design designA() {
        return TestDesigns.chain("A", 100);
    }

    static Design designB() {
        return TestDesigns.chain("B", 101).withPolicy(TaskPolicy.UNSET);
    }

    @Test
    void fileIsAlwaysTheOldOrTheNewDesign() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectory(dir.resolve("lane" + lane));
                int kills = KILLS / LANES + (lane < KILLS % LANES ? 1 : 0);
                lanes.add(pool.submit(() -> killRepeatedly(laneDir, kills)));
            }
            int insideSave = 0;
            for (Future<Integer> lane : lanes) {
                insideSave += lane.get(10, TimeUnit.MINUTES);
            }
            System.out.printf("KillDuringSaveTest: %d kills, %d of them left a temporary file (killed inside a save)%n",
                    KILLS, insideSave);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns how many kills left a temporary file, i.e. landed between creating and renaming it. */
    private int killRepeatedly(Path laneDir, int kills) throws Exception {
        Path file = laneDir.resolve("killed.baton.json");
        Path backup = laneDir.resolve("killed.baton.json.bak");
        String a = ContentHash.of(designA());
        String b = ContentHash.of(designB());
        DesignFiles.save(file, designB()); // the file exists before the first kill: "old" is defined
        int insideSave = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process child = start(file);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                // Read 1 to 6 lines, so the kill lands at different points: just after a save started or ended.
                for (int lines = 0; lines <= kill % 6; lines++) {
                    assertThat(out.readLine()).as("child output before kill %d", kill).startsWith("sav");
                }
                if (kill % 2 == 1) {
                    // Most of a save is encoding; wait until the child has its temporary file open, so that this
                    // kill lands while it writes, syncs, keeps the backup or renames.
                    for (int polls = 0; polls < 100_000 && temporaries(laneDir).isEmpty(); polls++) {
                        Thread.onSpinWait();
                    }
                }
                child.destroyForcibly();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(ContentHash.of(DesignFiles.load(file).design())).as("file after kill %d", kill).isIn(a, b);
            if (Files.exists(backup)) {
                assertThat(ContentHash.of(DesignFiles.load(backup).design())).as("backup after kill %d", kill)
                        .isIn(a, b);
            }
            if (!temporaries(laneDir).isEmpty()) {
                insideSave++;
            }
        }
        // The next save clears what killed processes left behind.
        DesignFiles.save(file, designA());
        assertThat(temporaries(laneDir)).isEmpty();
        assertThat(DesignFiles.load(file).design()).isEqualTo(designA());
        return insideSave;
    }

    private static Process start(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Xmx64m", "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                file.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    private static List<String> temporaries(Path laneDir) throws Exception {
        try (Stream<Path> s = Files.list(laneDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
                    .collect(Collectors.toList());
        }
    }
}
