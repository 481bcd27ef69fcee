// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.simulator.random.StreamSeeds;
import dev.baton.simulator.reference.W1DesModel;
import dev.baton.simulator.reference.W1DesParameters;
import dev.baton.simulator.reference.W1DesSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloRunnerTest {
    private static final W1DesModel W1 = new W1DesModel(W1DesParameters.standard());
    private final MonteCarloRunner runner = new MonteCarloRunner();

    @Test
    void resultIsIdenticalOnOneTwoAndEightThreads() {
        MonteCarloSettings settings = new MonteCarloSettings(20_000, 2026, 1, 256);
        W1DesSummary one = w1(settings).aggregate().summary();
        W1DesSummary two = w1(settings.withThreads(2)).aggregate().summary();
        W1DesSummary eight = w1(settings.withThreads(8)).aggregate().summary();
        assertThat(two).isEqualTo(one);
        assertThat(eight).isEqualTo(one);
        assertThat(one.replications()).isEqualTo(20_000);
    }

    @Test
    void anotherMasterSeedGivesAnotherResult() {
        MonteCarloSettings settings = new MonteCarloSettings(2_000, 1, 2, 256);
        assertThat(w1(settings.withMasterSeed(2)).aggregate().summary())
                .isNotEqualTo(w1(settings).aggregate().summary());
    }

    @Test
    void everyReplicationRunsOnceInIndexOrderWithItsDerivedSeed() {
        Aggregation<Long, List<Long>> collect = Aggregation.of(ArrayList::new, List::add, List::addAll);
        MonteCarloResult<List<Long>> r = runner.run(new MonteCarloSettings(1_000, 9, 4, 7),
                ReplicationContext::index, collect, ProgressListener.NONE, new Cancellation());
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < 1_000; i++) {
            expected.add(i);
        }
        assertThat(r.aggregate()).isEqualTo(expected);
        assertThat(r.cancelled()).isFalse();
        MonteCarloResult<List<Long>> seeds = runner.run(new MonteCarloSettings(3, 9, 2, 1),
                ReplicationContext::seed, collect, ProgressListener.NONE, new Cancellation());
        assertThat(seeds.aggregate()).containsExactly(StreamSeeds.replicationSeed(9, 0),
                StreamSeeds.replicationSeed(9, 1),
                StreamSeeds.replicationSeed(9, 2));
    }

    @Test
    void progressIsMonotoneAndEndsAtTheTotal() {
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        runner.run(new MonteCarloSettings(1_000, 1, 3, 100), W1, W1DesSummary.aggregation(),
                (done, total) -> reported.add(done), new Cancellation());
        assertThat(reported).isSorted().hasSize(10).last().isEqualTo(1_000L);
    }

    @Test
    void cancellingOnOneThreadStopsAtTheNextChunkBoundary() {
        Cancellation cancellation = new Cancellation();
        MonteCarloResult<W1DesSummary.Accumulator> cut = runner.run(new MonteCarloSettings(100_000, 5, 1, 128), W1,
                W1DesSummary.aggregation(), cancelAt(2_000, cancellation), cancellation);
        assertThat(cut.cancelled()).isTrue();
        assertThat(cut.completed()).isEqualTo(2_048); // the chunk that crossed 2,000 finished, no further one ran
        assertThat(cut.aggregate().summary().replications()).isEqualTo(2_048);
    }

    @Test
    void cancelledBatchOnSeveralThreadsIsTheExactPrefixOfTheFullBatch() {
        Cancellation cancellation = new Cancellation();
        MonteCarloSettings settings = new MonteCarloSettings(100_000, 5, 3, 128);
        MonteCarloResult<W1DesSummary.Accumulator> cut = runner.run(settings, W1, W1DesSummary.aggregation(),
                cancelAt(20_000, cancellation), cancellation);
        assertThat(cut.cancelled()).isTrue();
        assertThat(cut.completed()).isLessThan(100_000);
        assertThat(cut.completed() % 128).isZero();
        // Chunks finished out of order are dropped: only the unbroken prefix 0 .. completed - 1 is merged.
        if (cut.completed() == 0) {
            assertThat(cut.aggregate().summary().replications()).isZero();
        } else {
            W1DesSummary prefix = w1(settings.withReplications(cut.completed()).withThreads(1)).aggregate().summary();
            assertThat(cut.aggregate().summary()).isEqualTo(prefix);
        }
    }

    private static ProgressListener cancelAt(long replications, Cancellation cancellation) {
        return (done, total) -> {
            if (done >= replications) {
                cancellation.cancel();
            }
        };
    }

    @Test
    void aFailingReplicationReportsItsIndexAndSeed() {
        Replication<Integer> failsAt17 = ctx -> {
            if (ctx.index() == 17) {
                throw new IllegalStateException("boom");
            }
            return 1;
        };
        Aggregation<Integer, int[]> sum = Aggregation.of(() -> new int[1], (a, x) -> a[0] += x, (a, b) -> a[0] += b[0]);
        assertThatThrownBy(() -> runner.run(new MonteCarloSettings(100, 3, 2, 10), failsAt17, sum,
                        ProgressListener.NONE, new Cancellation()))
                .isInstanceOf(ReplicationFailedException.class)
                .hasMessageStartingWith("replication 17 (seed ")
                .hasMessageEndingWith(") failed: java.lang.IllegalStateException: boom")
                .satisfies(e -> assertThat(((ReplicationFailedException) e).seed())
                        .isEqualTo(StreamSeeds.replicationSeed(3, 17)));
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> new MonteCarloSettings(0, 1, 1, 1)).hasMessage("replications must be >= 1, but was 0");
        assertThatThrownBy(() -> new MonteCarloSettings(1, 1, 0, 1)).hasMessage("threads must be >= 1, but was 0");
        assertThatThrownBy(() -> new MonteCarloSettings(1, 1, 1, 0)).hasMessage("chunkSize must be >= 1, but was 0");
    }

    private MonteCarloResult<W1DesSummary.Accumulator> w1(MonteCarloSettings settings) {
        return runner.run(settings, W1, W1DesSummary.aggregation(), ProgressListener.NONE, new Cancellation());
    }
}
