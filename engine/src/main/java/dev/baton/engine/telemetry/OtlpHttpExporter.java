// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends an OTLP export request to a collector over OTLP/HTTP with the JSON encoding ({@code POST /v1/traces},
 * {@code Content-Type: application/json}). This class is threadsafe.
 */
public final class OtlpHttpExporter {
    private final HttpClient client;
    private final Duration timeout;

    public OtlpHttpExporter(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public static OtlpHttpExporter create() {
        return new OtlpHttpExporter(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                Duration.ofSeconds(30));
    }

    /**
     * The traces URL for a collector {@code endpoint}: used as given when it already ends in {@code /v1/traces},
     * else with {@code /v1/traces} appended (the OTLP exporter convention for a base endpoint).
     */
    public static URI tracesUrl(String endpoint) {
        String e = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        URI uri = URI.create(e.endsWith("/v1/traces") ? e : e + "/v1/traces");
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("collector endpoint must be an http(s) URL, but was \"" + endpoint + "\"");
        }
        return uri;
    }

    /**
     * Posts {@code json} to {@code tracesUrl}.
     *
     * @throws IOException when the collector cannot be reached or does not answer 2xx (the message says which)
     */
    public void export(URI tracesUrl, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(tracesUrl).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to " + tracesUrl, e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new IOException("the collector at " + tracesUrl + " answered HTTP " + status
                    + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body)));
        }
    }
}
