// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunTotals;
import dev.baton.engine.store.trace.TraceRecorder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PRODUCT.md section 8: the H2 database never opens a network port. */
class NoNetworkPortTest {
    @TempDir
    Path dir;

    @Test
    void probeSeesAListenerThisProcessOpens() throws Exception {
        assumeTrue(ListeningSockets.supported(), "needs Linux /proc");
        Set<String> before = ListeningSockets.ofThisProcess();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(ListeningSockets.ofThisProcess()).hasSize(before.size() + 1);
        }
    }

    @Test
    void openingAndUsingTheDatabaseOpensNoListeningPort() throws Exception {
        assumeTrue(ListeningSockets.supported(), "needs Linux /proc");
        Set<String> before = ListeningSockets.ofThisProcess();

        TraceDatabase db = TestStores.openIn(dir);
        TraceRecorder recorder = TraceRecorder.start(db, TestStores.startedRun("r1", TestStores.T0), 2);
        recorder.record(TestStores.request("r1", 0, 1, "owner", "worker"));
        try (StoreSession session = db.session()) {
            assertThat(ListeningSockets.ofThisProcess()).isEqualTo(before);
            assertThat(session.runs().find("r1")).isPresent();
        }
        recorder.finish(TestStores.T0.plusSeconds(1), RunOutcome.COMPLETED, "done", RunTotals.ZERO);

        assertThat(ListeningSockets.ofThisProcess()).isEqualTo(before);
    }
}
