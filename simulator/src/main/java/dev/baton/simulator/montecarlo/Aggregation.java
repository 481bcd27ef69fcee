// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.montecarlo;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * How replication results are folded into a summary: a fresh accumulator per chunk of replications, results added
 * in replication order, then chunk accumulators merged in chunk order. Because the chunk boundaries do not depend
 * on the number of threads, even a non-associative fold (floating-point sums) gives the same answer on 1 or 8
 * threads.
 *
 * @param <R> replication result
 * @param <A> accumulator; mutable and confined to one thread at a time
 */
public interface Aggregation<R, A> {
    /** A new, empty accumulator. */
    A create();

    /** Adds one result to {@code accumulator}. */
    void add(A accumulator, R result);

    /** Adds everything in {@code from} to {@code into}; {@code from} is not used afterwards. */
    void merge(A into, A from);

    /** An aggregation from three functions. */
    static <R, A> Aggregation<R, A> of(Supplier<A> create, BiConsumer<A, R> add, BiConsumer<A, A> merge) {
        return new Aggregation<>() {
            @Override
            public A create() {
                return create.get();
            }

            @Override
            public void add(A accumulator, R result) {
                add.accept(accumulator, result);
            }

            @Override
            public void merge(A into, A from) {
                merge.accept(into, from);
            }
        };
    }
}
