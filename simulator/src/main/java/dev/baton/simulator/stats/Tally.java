// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of categorical outcomes (an outcome mix). Keys are kept in their natural order, so a summary never
 * depends on which key a thread happened to see first.
 *
 * <p>Not threadsafe: give each worker its own tally and {@link #mergeFrom merge} them.
 *
 * @param <K> the outcome type, for example an enum
 */
public final class Tally<K extends Comparable<K>> {
    private final TreeMap<K, long[]> counts = new TreeMap<>();
    private long total;

    /** Counts one occurrence of {@code key}. */
    public void add(K key) {
        add(key, 1);
    }

    /** Counts {@code n} occurrences of {@code key}. */
    public void add(K key, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("count to add must be >= 0, but was " + n + " for " + key);
        }
        counts.computeIfAbsent(key, k -> new long[1])[0] += n;
        total += n;
    }

    /** Adds every count of {@code other} to this tally. */
    public void mergeFrom(Tally<K> other) {
        for (Map.Entry<K, long[]> e : other.counts.entrySet()) {
            add(e.getKey(), e.getValue()[0]);
        }
    }

    /** The number of occurrences of {@code key} (0 if never seen). */
    public long count(K key) {
        long[] c = counts.get(key);
        return c == null ? 0 : c[0];
    }

    /** The number of occurrences of all keys. */
    public long total() {
        return total;
    }

    /** Each seen key with its count, proportion and 95% Wilson interval, in key order. */
    public List<Share<K>> shares() {
        List<Share<K>> out = new ArrayList<>(counts.size());
        for (Map.Entry<K, long[]> e : counts.entrySet()) {
            out.add(share(e.getKey(), e.getValue()[0]));
        }
        return List.copyOf(out);
    }

    /** The share of {@code key}, also for a key never seen (count 0). */
    public Share<K> share(K key) {
        return share(key, count(key));
    }

    private Share<K> share(K key, long count) {
        double proportion = total == 0 ? 0.0 : (double) count / total;
        return new Share<>(key, count, proportion, WilsonInterval.of95(count, total));
    }

    /**
     * One outcome's part of the mix.
     *
     * @param key        the outcome
     * @param count      how often it occurred
     * @param proportion count / total (0 when the total is 0)
     * @param interval95 the 95% Wilson interval of the proportion
     */
    public record Share<K>(K key, long count, double proportion, WilsonInterval interval95) {}
}
