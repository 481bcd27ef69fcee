// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleSetTest {

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        SampleSet s = of(5, 1, 4, 2, 3);
        DistributionSummary d = s.summary();
        assertThat(d.min()).isEqualTo(1);
        assertThat(d.p50()).isEqualTo(3);
        assertThat(d.p95()).isCloseTo(4.8, within(1e-12)); // h = 4 * 0.95 = 3.8 -> 4 + 0.8 * (5 - 4)
        assertThat(d.p99()).isCloseTo(4.96, within(1e-12));
        assertThat(d.max()).isEqualTo(5);
        assertThat(d.mean()).isEqualTo(3);
        assertThat(d.stdDev()).isCloseTo(Math.sqrt(2.5), within(1e-12));
    }

    @Test
    void summaryIsIdenticalHoweverValuesWereSplitAndMerged() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1.0 / (i + 1) + i * 1e-3; // sums of these are sensitive to addition order
        }
        SampleSet whole = new SampleSet();
        for (double v : values) {
            whole.add(v);
        }
        SampleSet back = new SampleSet();
        SampleSet front = new SampleSet();
        for (int i = 0; i < values.length; i++) {
            (i < 700 ? front : back).add(values[i]);
        }
        back.mergeFrom(front);
        assertThat(back.summary()).isEqualTo(whole.summary());
    }

    @Test
    void emptySetSummarisesToNaN() {
        assertThat(new SampleSet().summary()).isEqualTo(DistributionSummary.empty());
        assertThat(new SampleSet().quantile(0.5)).isNaN();
    }

    @Test
    void rejectsNonFiniteValuesAndBadLevels() {
        assertThatThrownBy(() -> new SampleSet().add(Double.POSITIVE_INFINITY))
                .hasMessage("sample value must be finite, but was Infinity");
        assertThatThrownBy(() -> of(1).quantile(1.5)).hasMessage("quantile level must be between 0 and 1, but was 1.5");
    }

    private static SampleSet of(double... values) {
        SampleSet s = new SampleSet();
        for (double v : values) {
            s.add(v);
        }
        return s;
    }
}
