// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpExchangeTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(HttpExchange.retryAfterNanos("2", NOW)).isEqualTo(2_000_000_000L);
        assertThat(HttpExchange.retryAfterNanos(" 120 ", NOW)).isEqualTo(120_000_000_000L);
        assertThat(HttpExchange.retryAfterNanos("Sun, 22 Nov 2026 10:00:30 GMT", NOW)).isEqualTo(30_000_000_000L);
        assertThat(HttpExchange.retryAfterNanos("Sun, 22 Nov 2026 09:59:00 GMT", NOW)).as("a date gone by").isZero();
    }

    @Test
    void missingOrUnreadableRetryAfterIsNone() {
        assertThat(HttpExchange.retryAfterNanos(null, NOW)).isEqualTo(-1);
        assertThat(HttpExchange.retryAfterNanos("soon", NOW)).isEqualTo(-1);
        assertThat(HttpExchange.retryAfterNanos("-5", NOW)).isEqualTo(-1);
    }

    @Test
    void errorDetailIsTheBodysErrorMessageWithoutKeys() {
        assertThat(HttpExchange.detail("{\"error\":{\"message\":\"model \\\"x\\\" not found\",\"type\":\"api_error\"}}",
                null)).isEqualTo("model \"x\" not found");
        assertThat(HttpExchange.detail("{\"error\":\"bad key sk-abcdef123456\"}", null))
                .isEqualTo("bad key [redacted]");
        assertThat(HttpExchange.detail("upstream <html> down", null)).isEqualTo("upstream <html> down");
    }
}
