// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.simulator.random.Categorical;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The probability of each {@link Outcome} of one call. Outcomes not given have probability 0; the given ones
 * must sum to 1 (within 1e-9, to forgive decimal rounding in a file).
 */
public final class OutcomeMix {
    private static final double SUM_TOLERANCE = 1e-9;

    private final Map<Outcome, Double> probabilities;
    private final Categorical<Outcome> sampler;

    private OutcomeMix(EnumMap<Outcome, Double> probabilities) {
        this.probabilities = Collections.unmodifiableMap(probabilities);
        this.sampler = Categorical.of(probabilities);
    }

    /**
     * The mix with the given probabilities; every outcome is present in the result (0 when not given).
     *
     * @throws IllegalArgumentException when a probability is outside [0, 1] or the sum is not 1
     */
    public static OutcomeMix of(Map<Outcome, Double> given) {
        EnumMap<Outcome, Double> all = new EnumMap<>(Outcome.class);
        double sum = 0.0;
        for (Outcome o : Outcome.values()) {
            double p = given.getOrDefault(o, 0.0);
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException(
                        "probability of outcome " + o.jsonName() + " must be between 0 and 1, but was " + p);
            }
            all.put(o, p);
            sum += p;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("outcome probabilities must sum to 1, but sum to " + sum + " in " + given);
        }
        return new OutcomeMix(all);
    }

    /** Every call succeeds. */
    public static OutcomeMix alwaysSuccess() {
        return of(Map.of(Outcome.SUCCESS, 1.0));
    }

    /** The probability of {@code outcome}. */
    public double probability(Outcome outcome) {
        return probabilities.get(outcome);
    }

    /** Every outcome with its probability, in declaration order. */
    public Map<Outcome, Double> probabilities() {
        return probabilities;
    }

    /** A sampler drawing one outcome per call from one uniform number. */
    public Categorical<Outcome> sampler() {
        return sampler;
    }

    /**
     * The mix where a fraction {@code rate} of calls is forced to {@code forced} and the rest follow this mix:
     * {@code rate * [forced] + (1 - rate) * this}. "30% malformed from Y" is {@code forcing(MALFORMED, 0.3)}.
     */
    public OutcomeMix forcing(Outcome forced, double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("forced outcome rate must be between 0 and 1, but was " + rate);
        }
        EnumMap<Outcome, Double> blended = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            blended.put(o, (1 - rate) * probability(o) + (o == forced ? rate : 0.0));
        }
        return new OutcomeMix(blended);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeMix && ((OutcomeMix) o).probabilities.equals(probabilities);
    }

    @Override
    public int hashCode() {
        return probabilities.hashCode();
    }

    @Override
    public String toString() {
        return "OutcomeMix" + probabilities;
    }
}
