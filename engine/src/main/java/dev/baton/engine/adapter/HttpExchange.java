// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.engine.core.AgentReply;
import dev.baton.model.UsesRealTime;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One JSON POST with a deadline on the whole response. On JDK 17 the request timeout of {@link HttpClient} covers
 * only the response headers, so a server that sends its headers and then trickles the body would hold the call
 * forever: this class cancels the exchange itself when the deadline passes. Every failure becomes a reply with a
 * reason (see {@link Replies}); error bodies are shortened and cleaned of anything that looks like a key.
 *
 * <p>This class is threadsafe.
 */
@UsesRealTime("an HTTP call must end by a wall-clock deadline and reports how long it took")
public final class HttpExchange {
    private static final int DETAIL_CHARS = 200;
    private static final Pattern KEY_LIKE = Pattern.compile("(sk|key|token)[-_][A-Za-z0-9*_.-]{4,}",
            Pattern.CASE_INSENSITIVE);

    private static final com.fasterxml.jackson.databind.ObjectMapper ERROR_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final HttpClient client;

    public HttpExchange(HttpClient client) {
        this.client = client;
    }

    /** An exchange on a new client that connects within 10 s and never follows redirects (a key must not leak). */
    public static HttpExchange create() {
        return new HttpExchange(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** What a server answered with a 2xx status. */
    public record Answer(int status, String body, long latencyNanos) {}

    /**
     * POSTs {@code json} to {@code uri}; a 2xx answer goes to {@code onAnswer}, anything else becomes a failed reply.
     * {@code secret} (may be null) is removed from any error detail.
     */
    public CompletableFuture<AgentReply> post(URI uri, Map<String, String> headers, String json, Duration deadline,
            String secret, Function<Answer, AgentReply> onAnswer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(deadline)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        String where = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        // Real time on purpose (see @UsesRealTime): the reply's latency is how long the server really took.
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString());
        // Cancelling the future aborts the exchange (JDK 16+), which also ends a body that never finishes.
        CompletableFuture.delayedExecutor(deadline.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() -> exchange.cancel(true));
        return exchange.handle((response, error) -> {
            long latency = System.nanoTime() - started;
            if (error != null) {
                return failure(where, unwrap(error), deadline, latency);
            }
            int status = response.statusCode();
            String header = response.headers().firstValue("Retry-After").orElse(null);
            long retryAfter = retryAfterNanos(header, Instant.now());
            if (status == 429) {
                // Only a readable header goes into the reason: the server chose its text.
                return Replies.rateLimited(where, retryAfter < 0 ? null : header.strip(), retryAfter, latency);
            }
            if (status < 200 || status > 299) {
                return Replies.httpError(where, status, detail(response.body(), secret), retryAfter, latency);
            }
            return onAnswer.apply(new Answer(status, response.body(), latency));
        });
    }

    /**
     * A Retry-After header (RFC 9110: delay-seconds or an HTTP-date, compared with {@code now}, the wall clock,
     * since the server's date is one) as nanoseconds; -1 when absent or unreadable.
     */
    static long retryAfterNanos(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String h = header.strip();
        try {
            if (h.chars().allMatch(Character::isDigit)) {
                return TimeUnit.SECONDS.toNanos(Math.min(Long.parseLong(h), 86_400L * 365));
            }
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Math.max(0, Duration.between(now, at).toNanos());
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return -1;
        }
    }

    private static AgentReply failure(String where, Throwable e, Duration deadline, long latency) {
        if (e instanceof CancellationException || e instanceof HttpTimeoutException
                && !(e instanceof HttpConnectTimeoutException)) {
            return Replies.deadline(where, "the deadline of " + deadline.toMillis() + " ms passed", latency);
        }
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return Replies.unreachable(where, e instanceof HttpConnectTimeoutException ? "connect timed out"
                    : "connection refused", latency);
        }
        if (e instanceof IOException) {
            return Replies.truncated(where, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), latency);
        }
        return Replies.crashed("call to " + where + " failed: " + e, latency);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        // A refused connection arrives as a ConnectException, sometimes wrapped in another IOException.
        if (t instanceof IOException && t.getCause() instanceof ConnectException) {
            return t.getCause();
        }
        return t;
    }

    /**
     * The message of an error body as OpenAI-compatible servers write it ({@code {"error": {"message": ...}}}, or
     * Ollama's native {@code {"error": "..."}}); the body itself when it is not one.
     */
    private static String errorMessage(String body) {
        try {
            com.fasterxml.jackson.databind.JsonNode error = ERROR_JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.path("message").isTextual()) {
                return error.path("message").asText();
            }
        } catch (java.io.IOException e) {
            // Not JSON: the body is the detail.
        }
        return body;
    }

    /** {@code text} with anything that looks like a key ({@code sk-...}, {@code key_...}) replaced. */
    public static String redactKeyLike(String text) {
        return KEY_LIKE.matcher(text).replaceAll("[redacted]");
    }

    /** A short, single-line excerpt of an error body without anything key-like. */
    static String detail(String body, String secret) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = errorMessage(body).replaceAll("\\s+", " ").strip();
        if (secret != null && !secret.isEmpty()) {
            text = text.replace(secret, "[redacted]");
        }
        text = redactKeyLike(text);
        return text.length() <= DETAIL_CHARS ? text : text.substring(0, DETAIL_CHARS) + "...";
    }
}
