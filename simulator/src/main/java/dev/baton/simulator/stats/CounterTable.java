// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import dev.baton.model.NodeId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Incident counters per node, summed over replications. Addition commutes, and nodes are kept in id order, so
 * merged tables are identical however replications were split.
 *
 * <p>Not threadsafe: give each worker its own table and {@link #mergeFrom merge} them.
 */
public final class CounterTable {
    private static final NodeCounter[] COUNTERS = NodeCounter.values();

    private final TreeMap<NodeId, long[]> rows = new TreeMap<>();

    /** Adds one to {@code counter} of {@code node}. */
    public void increment(NodeId node, NodeCounter counter) {
        add(node, counter, 1);
    }

    /** Adds {@code n >= 0} to {@code counter} of {@code node}. */
    public void add(NodeId node, NodeCounter counter, long n) {
        if (n < 0) {
            throw new IllegalArgumentException(
                    "counter increment must be >= 0, but was " + n + " for " + counter + " of node " + node);
        }
        rows.computeIfAbsent(node, k -> new long[COUNTERS.length])[counter.ordinal()] += n;
    }

    /** Adds every count of {@code other}. */
    public void mergeFrom(CounterTable other) {
        for (Map.Entry<NodeId, long[]> e : other.rows.entrySet()) {
            long[] row = rows.computeIfAbsent(e.getKey(), k -> new long[COUNTERS.length]);
            for (int i = 0; i < row.length; i++) {
                row[i] += e.getValue()[i];
            }
        }
    }

    /** The count of {@code counter} at {@code node}. */
    public long get(NodeId node, NodeCounter counter) {
        long[] row = rows.get(node);
        return row == null ? 0 : row[counter.ordinal()];
    }

    /** The count of {@code counter} summed over all nodes. */
    public long total(NodeCounter counter) {
        long sum = 0;
        for (long[] row : rows.values()) {
            sum += row[counter.ordinal()];
        }
        return sum;
    }

    /** An immutable copy: nodes in id order, each with every counter in declaration order. */
    public Map<NodeId, Map<NodeCounter, Long>> snapshot() {
        Map<NodeId, Map<NodeCounter, Long>> out = new LinkedHashMap<>();
        for (Map.Entry<NodeId, long[]> e : rows.entrySet()) {
            EnumMap<NodeCounter, Long> row = new EnumMap<>(NodeCounter.class);
            for (NodeCounter c : COUNTERS) {
                row.put(c, e.getValue()[c.ordinal()]);
            }
            out.put(e.getKey(), Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(out);
    }
}
