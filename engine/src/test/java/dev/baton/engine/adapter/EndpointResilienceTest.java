// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.adapter.openai.ChatResponseFixtures;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.FailureKind;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.TraceEvent;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the core does with a model endpoint's failures: a 429's Retry-After is the least it waits before the retry
 * (in engine time), a wait that does not fit before the run deadline is no retry, and repeated 5xx open the
 * endpoint's circuit breaker, which rejects calls without reaching the server until a probe succeeds.
 */
class EndpointResilienceTest extends WithStubServer {
    private static final long SECOND = 1_000_000_000L;

    private EndpointRun run(int attempts, Duration backoff, Duration runTimeout) throws Exception {
        return EndpointRun.of(AdapterKind.OPENAI, stub.base("/v1").toString(),
                new RetryPolicy(attempts, backoff, 1.0), runTimeout).run();
    }

    private static StubServer.Respond status(int code, Map<String, String> headers) {
        return new StubServer.Respond(code, headers, "{\"error\":{\"message\":\"try later\",\"type\":\"server_error\"}}");
    }

    private static long gapBeforeSecondAttempt(EndpointRun r) {
        TraceEvent.EnvelopeReceived first = r.envelopesOf("summarizer").get(0);
        return r.sentTo("summarizer").get(1).time() - first.time();
    }

    @Test
    void rateLimitWithRetryAfterWaitsAtLeastThatLongInEngineTimeBeforeTheRetry() throws Exception {
        stub.answerFirst(status(429, Map.of("Retry-After", "2")));
        stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 10, 5).toString());

        EndpointRun r = run(3, Duration.ofMillis(100), Duration.ofMinutes(5));

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(stub.received()).hasSize(2);
        assertThat(r.envelopesOf("summarizer").get(0).reason()).contains("HTTP 429, Retry-After 2");
        assertThat(gapBeforeSecondAttempt(r)).as("the retry waits for Retry-After, not the 100 ms back-off")
                .isGreaterThanOrEqualTo(2 * SECOND);
    }

    @Test
    void rateLimitWithoutRetryAfterWaitsOnlyTheBackOff() throws Exception {
        stub.answerFirst(status(429, Map.of()));
        stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 10, 5).toString());

        EndpointRun r = run(3, Duration.ofMillis(100), Duration.ofMinutes(5));

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(gapBeforeSecondAttempt(r)).isEqualTo(100_000_000L);
    }

    @Test
    void orchestratorsRetryOfAFailedSubtaskAlsoWaitsForRetryAfter() throws Exception {
        stub.answerFirst(status(429, Map.of("Retry-After", "3")));
        stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 10, 5).toString());

        EndpointRun r = EndpointRun.orchestrated(stub.base("/v1").toString(), FailureAction.RETRY).run();

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(stub.received()).hasSize(2);
        assertThat(gapBeforeSecondAttempt(r)).isGreaterThanOrEqualTo(3 * SECOND);
    }

    @Test
    void retryAfterThatDoesNotFitBeforeTheRunDeadlineIsNoRetryAndSaysSo() throws Exception {
        stub.answer(status(429, Map.of("Retry-After", "60")));

        EndpointRun r = run(3, Duration.ofMillis(100), Duration.ofSeconds(10));

        assertThat(stub.received()).hasSize(1);
        assertThat(r.result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.result.reason()).contains("answered HTTP 429, Retry-After 60; not retried: the server's "
                + "Retry-After of 1m does not fit before the run deadline (9s left)");
    }

    @Test
    void fiveServerErrorsOpenTheEndpointBreakerWhichFailsFastUntilAProbeClosesIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            stub.answerFirst(status(503, Map.of()));
        }
        stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 10, 5).toString());

        EndpointRun r = run(8, Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(stub.received()).as("5 failures and the probe; the rejected call never reached the server")
                .hasSize(6);
        String endpoint = "model endpoint " + stub.base("/v1/chat/completions") + " (llama3.1:8b)";
        assertThat(r.decisions(DecisionKind.ENDPOINT_BREAKER)).satisfiesExactly(
                open -> assertThat(open).startsWith("circuit breaker of " + endpoint + ": closed -> open after 5 "
                        + "consecutive failures (last: summarizer: server error: "),
                halfOpen -> assertThat(halfOpen).isEqualTo("circuit breaker of " + endpoint + ": open -> half-open"),
                closed -> assertThat(closed).isEqualTo("circuit breaker of " + endpoint + ": half-open -> closed"));
        List<TraceEvent.EnvelopeReceived> envelopes = r.envelopesOf("summarizer");
        assertThat(envelopes).hasSize(7);
        TraceEvent.EnvelopeReceived rejected = envelopes.get(5);
        assertThat(rejected.failure()).isEqualTo(FailureKind.DEPENDENCY);
        assertThat(rejected.reason()).startsWith("circuit breaker of " + endpoint + " is open after 5 consecutive "
                + "failures (last: summarizer: server error: ").contains("HTTP 503")
                .endsWith("; summarizer was not called, a probe goes through in 29s");
        assertThat(rejected.time()).as("fails at once").isEqualTo(r.sentTo("summarizer").get(5).time());
        assertThat(r.sentTo("summarizer").get(5).reservedTokens()).as("reserves nothing").isZero();
        assertThat(r.decisions(DecisionKind.BREAKER_REJECTED)).containsExactly(rejected.reason());
        long opened = envelopes.get(4).time();
        assertThat(r.sentTo("summarizer").get(6).time()).as("the probe goes when the breaker half-opens")
                .isEqualTo(opened + 30 * SECOND);
    }

    @Test
    void failedProbeOpensTheBreakerAgain() throws Exception {
        stub.answer(status(503, Map.of()));

        EndpointRun r = run(8, Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(stub.received()).as("5 failures and the failed probe").hasSize(6);
        assertThat(r.decisions(DecisionKind.ENDPOINT_BREAKER)).satisfiesExactly(
                open -> assertThat(open).contains(": closed -> open after 5 consecutive failures"),
                halfOpen -> assertThat(halfOpen).endsWith(": open -> half-open"),
                reopened -> assertThat(reopened).contains(": half-open -> open after its probe failed (last: "
                        + "summarizer: server error: "));
        assertThat(r.decisions(DecisionKind.BREAKER_REJECTED)).hasSize(2);
        assertThat(r.result.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void openBreakerWithoutRetriesLeftFailsTheTaskNamingTheEndpoint() throws Exception {
        stub.answer(status(503, Map.of()));

        EndpointRun r = run(6, Duration.ofMillis(10), Duration.ofMinutes(5));

        assertThat(stub.received()).hasSize(5);
        assertThat(r.result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.result.reason()).contains("circuit breaker of model endpoint " + stub.base("/v1/chat/completions")
                + " (llama3.1:8b) is open");
    }
}
