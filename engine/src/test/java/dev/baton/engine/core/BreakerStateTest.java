// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.spec.CircuitBreakerSettings;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BreakerStateTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            CLOSED,    OPEN,      true
            CLOSED,    HALF_OPEN, false
            CLOSED,    CLOSED,    false
            OPEN,      HALF_OPEN, true
            OPEN,      CLOSED,    false
            OPEN,      OPEN,      false
            HALF_OPEN, CLOSED,    true
            HALF_OPEN, OPEN,      true
            HALF_OPEN, HALF_OPEN, false
            """)
    void transitionTableAllowsOnlyTheFourLegalMoves(BreakerState from, BreakerState to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void illegalTransitionIsRejectedWithItsName() {
        assertThatThrownBy(() -> BreakerState.CLOSED.moveTo(BreakerState.HALF_OPEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("illegal circuit breaker transition CLOSED -> HALF_OPEN");
    }

    @Test
    void breakerOpensAtTheThresholdLetsOneProbeThroughAndClosesWhenItSucceeds() {
        CircuitBreaker br = new CircuitBreaker(new CircuitBreakerSettings(2, Duration.ofSeconds(5), 1));
        assertThat(br.onFailure()).isNull();
        assertThat(br.onFailure()).isEqualTo(BreakerState.OPEN);
        assertThat(br.tryAcquire()).isFalse();
        assertThat(br.onOpenElapsed()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(br.tryAcquire()).isTrue();
        assertThat(br.tryAcquire()).isFalse();
        assertThat(br.onSuccess()).isEqualTo(BreakerState.CLOSED);
        assertThat(br.trips).isEqualTo(1);
    }
}
