// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.reference;

import dev.baton.simulator.montecarlo.Aggregation;
import dev.baton.simulator.stats.DistributionSummary;
import dev.baton.simulator.stats.SampleSet;
import dev.baton.simulator.stats.WilsonInterval;

/**
 * The answers W1-DES is validated on: completion rate with its 95% interval, and the distributions of attempts,
 * cost and makespan.
 *
 * @param replications    replications summarised
 * @param completed       replications in which every worker succeeded
 * @param completion95    95% Wilson interval of the completion rate
 * @param attempts        attempts per replication
 * @param cost            cost per replication
 * @param makespan        makespan per replication, seconds
 * @param events          model events processed in total
 */
public record W1DesSummary(long replications, long completed, WilsonInterval completion95,
        DistributionSummary attempts, DistributionSummary cost, DistributionSummary makespan, long events) {

    /** The completion rate, completed / replications. */
    public double completionRate() {
        return (double) completed / replications;
    }

    /** The aggregation that folds outcomes into an {@link Accumulator}. */
    public static Aggregation<W1DesOutcome, Accumulator> aggregation() {
        return Aggregation.of(Accumulator::new, Accumulator::add, Accumulator::mergeFrom);
    }

    /** Mutable, mergeable accumulator of outcomes; not threadsafe. */
    public static final class Accumulator {
        private long replications;
        private long completed;
        private long events;
        private final SampleSet attempts = new SampleSet();
        private final SampleSet cost = new SampleSet();
        private final SampleSet makespan = new SampleSet();

        /** Adds one outcome. */
        public void add(W1DesOutcome o) {
            replications++;
            if (o.success()) {
                completed++;
            }
            events += o.events();
            attempts.add(o.attempts());
            cost.add(o.cost());
            makespan.add(o.makespan());
        }

        /** Adds everything in {@code other}. */
        public void mergeFrom(Accumulator other) {
            replications += other.replications;
            completed += other.completed;
            events += other.events;
            attempts.mergeFrom(other.attempts);
            cost.mergeFrom(other.cost);
            makespan.mergeFrom(other.makespan);
        }

        /** The sorted order statistics of the makespans, for distribution-free quantile intervals. */
        public double[] sortedMakespans() {
            return makespan.sorted();
        }

        /** The summary of everything added. */
        public W1DesSummary summary() {
            return new W1DesSummary(replications, completed, WilsonInterval.of95(completed, replications),
                    attempts.summary(), cost.summary(), makespan.summary(), events);
        }
    }
}
