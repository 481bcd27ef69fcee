// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.reference;

import dev.baton.simulator.montecarlo.Replication;
import dev.baton.simulator.montecarlo.ReplicationContext;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;

/**
 * W1-DES on a bare {@link PriorityQueue} event loop: the reference the engine-core simulation must reproduce and
 * the speed baseline it is measured against. Events are ordered by (time, sequence number); the sequence number is
 * per replication, so ties resolve in scheduling order.
 *
 * <p>Attempt durations come from the stream {@value #DURATION_STREAM} and failure draws from
 * {@value #FAILURE_STREAM}, each drawn when the WORKLOADS.md text says (duration at attempt start, failure at its
 * completion). This class is immutable and threadsafe; every replication builds its own event list.
 */
public final class W1DesModel implements Replication<W1DesOutcome> {
    /** Stream of attempt durations. */
    public static final String DURATION_STREAM = "worker.duration";
    /** Stream of attempt failure draws. */
    public static final String FAILURE_STREAM = "worker.failure";

    private static final int START = 0;
    private static final int ATTEMPT_DONE = 1;
    private static final int JOIN = 2;

    private final W1DesParameters parameters;

    public W1DesModel(W1DesParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public W1DesOutcome run(ReplicationContext context) {
        return run(context.streams().stream(DURATION_STREAM), context.streams().stream(FAILURE_STREAM));
    }

    /** One replication drawing from the two given generators (the benchmark's bare loop passes one for both). */
    public W1DesOutcome run(RandomGenerator durations, RandomGenerator failures) {
        return new Run(durations, failures).execute();
    }

    private record Event(double time, long seq, int type, int worker) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int byTime = Double.compare(time, o.time);
            return byTime != 0 ? byTime : Long.compare(seq, o.seq);
        }
    }

    /** The mutable state of one replication. */
    private final class Run {
        private final RandomGenerator durations;
        private final RandomGenerator failures;
        private final PriorityQueue<Event> queue = new PriorityQueue<>();
        private final int[] attemptsOf = new int[parameters.workers()];
        private long seq;
        private int retired;
        private int succeeded;
        private int attempts;
        private int events;
        private double cost;

        Run(RandomGenerator durations, RandomGenerator failures) {
            this.durations = durations;
            this.failures = failures;
        }

        W1DesOutcome execute() {
            schedule(0.0, START, -1);
            while (true) {
                Event e = queue.poll();
                if (e == null) {
                    throw new IllegalStateException("W1-DES event list ran empty before JOIN");
                }
                events++;
                if (e.type() == START) {
                    for (int w = 0; w < parameters.workers(); w++) {
                        startAttempt(w, e.time());
                    }
                } else if (e.type() == ATTEMPT_DONE) {
                    attemptDone(e.worker(), e.time());
                } else if (e.type() == JOIN) {
                    return new W1DesOutcome(succeeded == parameters.workers(), e.time(), cost, attempts, events);
                } else {
                    throw new AssertionError("unhandled event type " + e.type());
                }
            }
        }

        private void startAttempt(int worker, double now) {
            double d = parameters.attemptDuration().sample(durations);
            cost += parameters.costBase() + parameters.costPerSecond() * d;
            attempts++;
            attemptsOf[worker]++;
            schedule(now + d, ATTEMPT_DONE, worker);
        }

        private void attemptDone(int worker, double now) {
            boolean failed = failures.nextDouble() < parameters.failureProbability();
            if (failed && attemptsOf[worker] < parameters.maxAttempts()) {
                startAttempt(worker, now);
                return;
            }
            retired++;
            if (!failed) {
                succeeded++;
            }
            if (retired == parameters.workers()) {
                schedule(now, JOIN, -1);
            }
        }

        private void schedule(double time, int type, int worker) {
            queue.add(new Event(time, seq++, type, worker));
        }
    }
}
