// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import java.util.Arrays;

/**
 * Every value of one measure (tokens, cost, latency, hops) across replications, kept exactly. Summaries sort a
 * copy, and the mean and deviation are summed in sorted order, so the result depends only on the multiset of
 * values: any split over threads and any merge order give bit-identical figures. At 8 bytes a value, a million
 * replications cost 8 MB per measure, which is why an exact set was preferred over a sketch.
 *
 * <p>Not threadsafe: give each worker its own set and {@link #mergeFrom merge} them.
 */
public final class SampleSet {
    private double[] values = new double[64];
    private int size;

    /** Adds one finite value. */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("sample value must be finite, but was " + value);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Appends every value of {@code other}. */
    public void mergeFrom(SampleSet other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    /** The number of values added. */
    public int size() {
        return size;
    }

    /** The values in ascending order (a fresh array). */
    public double[] sorted() {
        double[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /** Count, mean, standard deviation, min, p50, p95, p99 and max. */
    public DistributionSummary summary() {
        if (size == 0) {
            return DistributionSummary.empty();
        }
        double[] s = sorted();
        double sum = 0.0;
        for (double v : s) {
            sum += v;
        }
        double mean = sum / s.length;
        double squares = 0.0;
        for (double v : s) {
            squares += (v - mean) * (v - mean);
        }
        double stdDev = s.length > 1 ? Math.sqrt(squares / (s.length - 1)) : 0.0;
        return new DistributionSummary(s.length, mean, stdDev, s[0], quantile(s, 0.50), quantile(s, 0.95),
                quantile(s, 0.99), s[s.length - 1]);
    }

    /** The {@code p}-quantile (type 7) of this sample; NaN when empty. */
    public double quantile(double p) {
        return size == 0 ? Double.NaN : quantile(sorted(), p);
    }

    /** The {@code p}-quantile (type 7) of an ascending, non-empty array. */
    public static double quantile(double[] ascending, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("quantile level must be between 0 and 1, but was " + p);
        }
        if (ascending.length == 0) {
            throw new IllegalArgumentException("quantile of an empty sample is undefined");
        }
        double h = (ascending.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, ascending.length - 1);
        return ascending[lo] + (h - lo) * (ascending[hi] - ascending[lo]);
    }
}
