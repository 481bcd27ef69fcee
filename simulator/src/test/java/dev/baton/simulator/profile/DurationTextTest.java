// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            750ms, PT0.75S,  750ms
            30s,   PT30S,    30s
            1m30s, PT1M30S,  90s
            2h,    PT2H,     2h
            0s,    PT0S,     0s
            1500us,PT0.0015S,1500us
            """)
    void parsesAndWritesTheLargestExactUnit(String text, String iso, String canonical) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(iso));
        assertThat(DurationText.format(Duration.parse(iso))).isEqualTo(canonical);
    }

    @Test
    void rejectsUnorderedOrUnknownUnits() {
        assertThatThrownBy(() -> DurationText.parse("30s1m"))
                .hasMessage("\"30s1m\": units must go from largest to smallest, each at most once");
        assertThatThrownBy(() -> DurationText.parse("5 min")).hasMessageStartingWith("\"5 min\" is not a duration");
        assertThatThrownBy(() -> DurationText.parse("")).hasMessage("a duration must not be empty");
    }
}
