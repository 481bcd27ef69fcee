// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A finite distribution over values, such as an outcome mix. Weights need not sum to 1; they are normalised.
 * Iteration order of the given map is kept (one uniform draw is mapped onto the cumulative weights in that
 * order), so pass an ordered map to get reproducible draws.
 *
 * <p>Immutable and threadsafe.
 *
 * @param <T> the value type
 */
public final class Categorical<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Categorical(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /**
     * A distribution with the given weights, in the map's iteration order.
     *
     * @throws IllegalArgumentException when a weight is negative or not finite, or all weights are zero
     */
    public static <T> Categorical<T> of(Map<T, Double> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("categorical needs at least one value, but got none");
        }
        List<T> values = new ArrayList<>(weights.size());
        double[] cumulative = new double[weights.size()];
        double total = 0.0;
        int i = 0;
        for (Map.Entry<T, Double> e : weights.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0.0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException(
                        "categorical weight of " + e.getKey() + " must be finite and >= 0, but was " + w);
            }
            values.add(e.getKey());
            total += w;
            cumulative[i++] = total;
        }
        if (!(total > 0.0)) {
            throw new IllegalArgumentException("categorical weights must not all be zero, but were " + weights);
        }
        for (int j = 0; j < cumulative.length; j++) {
            cumulative[j] /= total;
        }
        cumulative[cumulative.length - 1] = 1.0; // rounding must never leave a draw past the last value
        return new Categorical<>(Collections.unmodifiableList(values), cumulative);
    }

    /** One draw: a single uniform number mapped onto the cumulative weights by binary search. */
    public T sample(RandomGenerator rng) {
        double u = rng.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    /** The normalised probability of each value, in order. */
    public Map<T, Double> probabilities() {
        Map<T, Double> out = new LinkedHashMap<>();
        double previous = 0.0;
        for (int i = 0; i < values.size(); i++) {
            out.put(values.get(i), cumulative[i] - previous);
            previous = cumulative[i];
        }
        return Collections.unmodifiableMap(out);
    }
}
