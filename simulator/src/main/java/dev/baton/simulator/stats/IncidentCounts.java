// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import java.util.Arrays;

/**
 * The incidents of one replication: a count per (node, {@link NodeCounter}) that happened, the others zero. Kept
 * sparse because a run has a few incidents at most (a retry or two) while a dense table of every node and counter
 * would be allocated anew for each of tens of thousands of runs. Immutable; entries are in (node, counter) order.
 */
public final class IncidentCounts {
    private static final int COUNTERS = NodeCounter.values().length;
    private static final NodeCounter[] BY_ORDINAL = NodeCounter.values();

    /** A run without incidents. */
    public static final IncidentCounts NONE = new IncidentCounts(new int[0], new long[0]);

    /** {@code node * COUNTERS + counter}, ascending. */
    private final int[] keys;
    private final long[] counts;

    private IncidentCounts(int[] keys, long[] counts) {
        this.keys = keys;
        this.counts = counts;
    }

    /**
     * The non-zero entries of a dense table laid out node-major ({@code table[node * counters + ordinal]}), visiting
     * only the slots listed in {@code touched} (each at most once, in any order; the others must be zero).
     */
    public static IncidentCounts of(long[] table, int[] touched, int touchedCount) {
        if (touchedCount == 0) {
            return NONE;
        }
        int[] keys = Arrays.copyOf(touched, touchedCount);
        Arrays.sort(keys);
        long[] counts = new long[touchedCount];
        for (int i = 0; i < touchedCount; i++) {
            counts[i] = table[keys[i]];
        }
        return new IncidentCounts(keys, counts);
    }

    /** The slot of ({@code node}, {@code counter}) in the dense node-major table {@link #of} reads. */
    public static int slot(int node, NodeCounter counter) {
        return node * COUNTERS + counter.ordinal();
    }

    /** Number of (node, counter) entries with a count. */
    public int size() {
        return keys.length;
    }

    /** The node index (design order) of entry {@code i}. */
    public int node(int i) {
        return keys[i] / COUNTERS;
    }

    public NodeCounter counter(int i) {
        return BY_ORDINAL[keys[i] % COUNTERS];
    }

    public long count(int i) {
        return counts[i];
    }

    /** The count of {@code counter} at node {@code node}; 0 when none. */
    public long get(int node, NodeCounter counter) {
        int i = Arrays.binarySearch(keys, slot(node, counter));
        return i < 0 ? 0 : counts[i];
    }

    /** The sum of {@code counter} over all nodes. */
    public long total(NodeCounter counter) {
        long sum = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] % COUNTERS == counter.ordinal()) {
                sum += counts[i];
            }
        }
        return sum;
    }

    /** Whether any node counted {@code counter}. */
    public boolean any(NodeCounter counter) {
        for (int key : keys) {
            if (key % COUNTERS == counter.ordinal()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("IncidentCounts[");
        for (int i = 0; i < keys.length; i++) {
            b.append(i == 0 ? "" : ", ").append(node(i)).append('/').append(counter(i)).append('=').append(counts[i]);
        }
        return b.append(']').toString();
    }
}
