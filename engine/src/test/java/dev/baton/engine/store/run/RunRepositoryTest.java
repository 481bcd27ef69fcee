// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.run;

import static dev.baton.engine.store.TestStores.T0;
import static dev.baton.engine.store.TestStores.startedRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TestStores;
import dev.baton.engine.store.TraceDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRepositoryTest {
    @TempDir
    Path dir;
    StoreSession session;
    RunRepository runs;

    @BeforeEach
    void open() {
        TraceDatabase db = TestStores.openIn(dir);
        session = db.session();
        runs = session.runs();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void startedRunRoundTripsWithoutOutcome() {
        RunRecord run = startedRun("run-1", T0);
        runs.insert(run);

        assertThat(runs.find("run-1")).contains(run);
        assertThat(runs.find("run-1").orElseThrow().ended()).isFalse();
    }

    @Test
    void finishRecordsOutcomeReasonAndTotalsOnce() {
        runs.insert(startedRun("run-1", T0));
        RunTotals totals = new RunTotals(12_345, new BigDecimal("0.012300"), 7, 9);

        runs.finish("run-1", T0.plusSeconds(3), RunOutcome.ABORTED, "hop cap 12 reached at billing-agent", totals);

        RunRecord ended = runs.find("run-1").orElseThrow();
        assertThat(ended.outcome()).contains(RunOutcome.ABORTED);
        assertThat(ended.endedAt()).contains(T0.plusSeconds(3));
        assertThat(ended.reason()).isEqualTo("hop cap 12 reached at billing-agent");
        assertThat(ended.totals()).isEqualTo(totals);
        assertThatThrownBy(() -> runs.finish("run-1", T0.plusSeconds(4), RunOutcome.COMPLETED, "again", totals))
                .isInstanceOf(StoreException.class).hasMessageContaining("run-1 has already ended");
    }

    @Test
    void finishingAnUnknownRunSaysSo() {
        assertThatThrownBy(() -> runs.finish("nope", T0, RunOutcome.FAILED, "x", RunTotals.ZERO))
                .isInstanceOf(StoreException.class).hasMessageContaining("no run nope");
    }

    @Test
    void duplicateRunIdIsRefused() {
        runs.insert(startedRun("run-1", T0));
        assertThatThrownBy(() -> runs.insert(startedRun("run-1", T0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("insert run run-1");
    }

    @Test
    void recentListsNewestFirstUpToTheLimit() {
        runs.insert(startedRun("a", T0));
        runs.insert(startedRun("b", T0.plusSeconds(10)));
        runs.insert(startedRun("c", T0.plusSeconds(5)));

        assertThat(runs.recent(2)).extracting(RunRecord::id).containsExactly("b", "c");
    }

    @Test
    void prefixFindsRunsAndTreatsWildcardsLiterally() {
        runs.insert(startedRun("abc1", T0));
        runs.insert(startedRun("abd2", T0));

        assertThat(runs.findByPrefix("ab")).extracting(RunRecord::id).containsExactly("abc1", "abd2");
        assertThat(runs.findByPrefix("abc")).extracting(RunRecord::id).containsExactly("abc1");
        assertThat(runs.findByPrefix("a%")).isEmpty();
    }

    @Test
    void recordRejectsAnEndWithoutOutcome() {
        RunRecord run = startedRun("x", T0);
        assertThatThrownBy(() -> new RunRecord("x", "d", run.designHash(), run.traceId(), 1, Optional.empty(), T0,
                Optional.of(T0), Optional.empty(), "", RunTotals.ZERO))
                .hasMessageContaining("end time exactly when it has an outcome");
    }
}
