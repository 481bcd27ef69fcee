// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

import dev.baton.simulator.random.RandomStreams;
import dev.baton.simulator.random.StreamSeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs N independent replications over a fixed number of threads and merges their results.
 *
 * <p>Reproducibility: replication {@code i} gets the seed {@link StreamSeeds#replicationSeed(long, long)
 * replicationSeed(master, i)}; replications are grouped into chunks of {@code chunkSize} consecutive indices that
 * do not depend on the thread count; each chunk is folded in index order into its own accumulator, and the chunk
 * accumulators are merged in chunk order after all workers stop. So 1, 2 or 8 threads give the same result, bit
 * for bit.
 *
 * <p>Cancellation is checked before every replication. Chunks that were cut short are dropped, and only the
 * unbroken prefix of finished chunks is merged, so a cancelled result is the result of replications
 * {@code 0 .. completed - 1}.
 *
 * <p>This class is stateless and threadsafe; each call to {@link #run} creates and shuts down its own threads.
 */
public final class MonteCarloRunner {
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    /**
     * Runs the batch described by {@code settings}.
     *
     * @throws ReplicationFailedException if a replication throws; the other workers stop at their next check
     */
    public <R, A> MonteCarloResult<A> run(MonteCarloSettings settings, Replication<R> replication,
            Aggregation<R, A> aggregation, ProgressListener progress, Cancellation cancellation) {
        Batch<R, A> batch = new Batch<>(settings, replication, aggregation, progress, cancellation);
        if (settings.threads() == 1) {
            batch.work();
        } else {
            runOnThreads(batch, settings.threads());
        }
        return batch.merge();
    }

    private static void runOnThreads(Batch<?, ?> batch, int threads) {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "baton-montecarlo-" + pool + "-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(threads);
            for (int i = 0; i < threads; i++) {
                futures.add(executor.submit(batch::work));
            }
            for (Future<?> f : futures) {
                awaitWorker(f, batch);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitWorker(Future<?> future, Batch<?, ?> batch) {
        try {
            future.get();
        } catch (InterruptedException e) {
            batch.abort();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Monte Carlo workers", e);
        } catch (ExecutionException e) {
            batch.abort();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("Monte Carlo worker failed", cause);
        }
    }

    /** One batch's shared state: the chunk counter, the per-chunk accumulators and the progress count. */
    private static final class Batch<R, A> {
        private final MonteCarloSettings settings;
        private final Replication<R> replication;
        private final Aggregation<R, A> aggregation;
        private final ProgressListener progress;
        private final Cancellation cancellation;
        private final int chunks;
        private final Object[] partials;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final Object progressLock = new Object();
        private long completed;
        private volatile boolean aborted;

        Batch(MonteCarloSettings settings, Replication<R> replication, Aggregation<R, A> aggregation,
                ProgressListener progress, Cancellation cancellation) {
            this.settings = settings;
            this.replication = replication;
            this.aggregation = aggregation;
            this.progress = progress;
            this.cancellation = cancellation;
            long n = (settings.replications() + settings.chunkSize() - 1) / settings.chunkSize();
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many chunks (" + n + "): raise chunkSize or lower replications");
            }
            this.chunks = (int) n;
            this.partials = new Object[chunks];
        }

        void abort() {
            aborted = true;
        }

        private boolean stopping() {
            return aborted || cancellation.isCancelled();
        }

        void work() {
            int chunk;
            while (!stopping() && (chunk = nextChunk.getAndIncrement()) < chunks) {
                long first = (long) chunk * settings.chunkSize();
                long end = Math.min(first + settings.chunkSize(), settings.replications());
                A accumulator = aggregation.create();
                boolean finished = true;
                for (long i = first; i < end; i++) {
                    if (stopping()) {
                        finished = false;
                        break;
                    }
                    aggregation.add(accumulator, runOne(i));
                }
                if (finished) {
                    // Published to the merging thread by Future.get (or program order with one thread).
                    partials[chunk] = accumulator;
                    reportProgress(end - first);
                }
            }
        }

        private R runOne(long index) {
            long seed = StreamSeeds.replicationSeed(settings.masterSeed(), index);
            try {
                return replication.run(new ReplicationContext(index, seed, RandomStreams.fromSeed(seed)));
            } catch (RuntimeException | Error e) {
                aborted = true;
                throw new ReplicationFailedException(index, seed, e);
            }
        }

        private void reportProgress(long n) {
            synchronized (progressLock) {
                completed += n;
                progress.onProgress(completed, settings.replications());
            }
        }

        @SuppressWarnings("unchecked")
        MonteCarloResult<A> merge() {
            A total = aggregation.create();
            long merged = 0;
            int chunk = 0;
            while (chunk < chunks && partials[chunk] != null) {
                aggregation.merge(total, (A) partials[chunk]);
                merged += Math.min(settings.chunkSize(), settings.replications() - (long) chunk * settings.chunkSize());
                chunk++;
            }
            return new MonteCarloResult<>(total, merged, settings.replications(), merged < settings.replications());
        }
    }
}
