// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    /** Reference values from the closed form, evaluated independently in Python to six decimals. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            # successes, trials, lower,   upper
              5,         10,     0.236593, 0.763407
              0,         10,     0.0,      0.277533
              10,        10,     0.722467, 1.0
              975,       1000,   0.963355, 0.983010
            """)
    void matchesTheClosedForm(long successes, long trials, double lower, double upper) {
        WilsonInterval ci = WilsonInterval.of95(successes, trials);
        assertThat(ci.lower()).isCloseTo(lower, within(1e-6));
        assertThat(ci.upper()).isCloseTo(upper, within(1e-6));
    }

    @Test
    void noTrialsMeansNoInformation() {
        assertThat(WilsonInterval.of95(0, 0)).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(3, 2))
                .hasMessage("need 0 <= successes <= trials, but successes was 3 and trials 2");
    }
}
