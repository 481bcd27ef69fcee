// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialFunctionsTest {

    @Test
    void logGammaMatchesFactorialsAndRootPi() {
        assertThat(SpecialFunctions.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(SpecialFunctions.logGamma(101)).isCloseTo(363.73937555556347, within(1e-9)); // ln(100!)
    }

    /** Critical values from standard chi-square tables. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            3.841458820694124, 1, 0.05
            6.634896601021214, 1, 0.01
            11.070497693516351, 5, 0.05
            124.3421134557, 100, 0.05
            """)
    void chiSquareTailMatchesTables(double statistic, int df, double p) {
        assertThat(SpecialFunctions.chiSquareUpperTail(statistic, df)).isCloseTo(p, within(1e-9));
    }

    @Test
    void kolmogorovTailMatchesItsCriticalValues() {
        assertThat(SpecialFunctions.kolmogorovUpperTail(1.3580986)).isCloseTo(0.05, within(1e-6));
        assertThat(SpecialFunctions.kolmogorovUpperTail(1.6276236)).isCloseTo(0.01, within(1e-6));
        assertThat(SpecialFunctions.kolmogorovUpperTail(0.1)).isEqualTo(1.0);
    }
}
