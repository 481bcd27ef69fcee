// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Frequencies and moments of the discrete samplers, within four standard errors over seeded draws. */
class DiscreteDistributionsTest {
    private static final int N = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.05, 0.5, 1.0})
    void bernoulliFrequencyMatchesP(double p) {
        RandomGenerator rng = RandomStreams.fromSeed(4).stream("b");
        Bernoulli b = new Bernoulli(p);
        int hits = 0;
        for (int i = 0; i < N; i++) {
            hits += b.sample(rng) ? 1 : 0;
        }
        assertThat((double) hits / N).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N) + 1e-12));
    }

    @Test
    void categoricalFrequenciesMatchNormalisedWeightsAndSkipZeroWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("success", 9.0);
        weights.put("never", 0.0);
        weights.put("failed", 0.6);
        weights.put("crash", 0.4);
        Categorical<String> c = Categorical.of(weights);
        assertThat(c.probabilities()).containsEntry("success", 0.9).containsEntry("never", 0.0);
        Map<String, Integer> counts = new LinkedHashMap<>();
        RandomGenerator rng = RandomStreams.fromSeed(5).stream("c");
        for (int i = 0; i < N; i++) {
            counts.merge(c.sample(rng), 1, Integer::sum);
        }
        assertThat(counts).doesNotContainKey("never");
        for (Map.Entry<String, Double> e : c.probabilities().entrySet()) {
            double p = e.getValue();
            double observed = counts.getOrDefault(e.getKey(), 0) / (double) N;
            assertThat(observed).as(e.getKey()).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N) + 1e-12));
        }
    }

    @Test
    void categoricalRejectsBadWeights() {
        assertThatThrownBy(() -> Categorical.of(Map.of("a", -0.1)))
                .hasMessage("categorical weight of a must be finite and >= 0, but was -0.1");
        assertThatThrownBy(() -> Categorical.of(Map.of("a", 0.0)))
                .hasMessage("categorical weights must not all be zero, but were {a=0.0}");
        assertThatThrownBy(() -> Categorical.of(Map.<String, Double>of()))
                .hasMessage("categorical needs at least one value, but got none");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 4.0, 1200.0})
    void poissonMeanAndVarianceEqualTheMean(double mean) {
        RandomGenerator rng = RandomStreams.fromSeed(6).stream("p");
        Poisson p = new Poisson(mean);
        int n = mean > 100 ? 20_000 : N; // sampling is linear in the mean
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            long k = p.sample(rng);
            sum += k;
            sumSq += (double) k * k;
        }
        double m = sum / n;
        double var = (sumSq - n * m * m) / (n - 1);
        assertThat(m).isCloseTo(mean, within(4 * Math.sqrt(mean / n)));
        // Var of the sample variance of a Poisson is about (mean + 2 mean^2) / n.
        assertThat(var).isCloseTo(mean, within(4 * Math.sqrt((mean + 2 * mean * mean) / n)));
    }

    @Test
    void poissonOfZeroIsAlwaysZero() {
        RandomGenerator rng = RandomStreams.fromSeed(7).stream("p");
        assertThat(new Poisson(0).sample(rng)).isZero();
    }
}
