// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.store.run.RunRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one embedded database take turns; the second waits through {@link LockRetry}. */
class LockContentionTest {
    @TempDir
    Path dir;
    DatabaseLocation location;
    Process holder;
    BufferedReader holderOut;

    @BeforeEach
    void anotherProcessHoldsTheFile() throws IOException {
        location = DatabaseLocation.of(dir.resolve("shared"));
        TraceDatabase.open(location, LockRetry.NONE);
        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), location.base().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        holderOut = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(holderOut.readLine()).isEqualTo("held");
    }

    private void letGo() throws InterruptedException {
        try {
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            assertThat(holderOut.readLine()).isEqualTo("released");
        } catch (IOException e) {
            throw new AssertionError("the holder process did not answer", e);
        }
        holder.waitFor();
    }

    @AfterEach
    void stopHolder() throws InterruptedException {
        holder.destroy();
        holder.waitFor();
    }

    @Test
    void withoutRetryTheSecondProcessIsToldWhoHoldsTheFile() {
        assertThatThrownBy(() -> TraceDatabase.open(location, LockRetry.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("another Baton process holds it (tried 1 times)");
    }

    @Test
    void retryingGetsInOnceTheOtherProcessLetsGo() throws Exception {
        List<Duration> pauses = new ArrayList<>();
        LockRetry retry = new LockRetry(5, Duration.ofMillis(100), pause -> {
            pauses.add(pause);
            if (pauses.size() == 1) {
                letGo();
            }
        });

        TraceDatabase db = TraceDatabase.open(location, retry);

        assertThat(pauses).containsExactly(Duration.ofMillis(100));
        List<RunRecord> runs = db.withSession(s -> s.runs().recent(1));
        assertThat(runs).isEmpty();
    }
}
