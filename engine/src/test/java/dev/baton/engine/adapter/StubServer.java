// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server on 127.0.0.1 (ephemeral port) that answers with what the test sets and misbehaves on
 * demand: error statuses, a body that never ends, a body cut short. It records every request.
 */
public final class StubServer implements AutoCloseable {
    /** One request received. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** What to answer. */
    public sealed interface Behaviour {}

    public record Respond(int status, Map<String, String> headers, String body) implements Behaviour {}

    /** Sends the headers and part of the body, then holds the connection until the stub closes. */
    public record StallBody(String firstPart) implements Behaviour {}

    /** Declares a longer body than it sends, then closes the connection. */
    public record CutBody(String part) implements Behaviour {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Behaviour behaviour = new Respond(200, Map.of(), "{}");
    /** Answers to give first, one per request, before {@link #behaviour}. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Behaviour> next =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static StubServer start() throws IOException {
        return new StubServer();
    }

    public URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public void answer(Behaviour value) {
        behaviour = value;
    }

    public void answerJson(String json) {
        behaviour = new Respond(200, Map.of("Content-Type", "application/json"), json);
    }

    /** Answers the next requests with {@code first}, one each, in order; then as {@link #answer} set. */
    public void answerFirst(Behaviour... first) {
        next.addAll(List.of(first));
    }

    public static Respond json(String body) {
        return new Respond(200, Map.of("Content-Type", "application/json"), body);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                Map.copyOf(ex.getRequestHeaders()), body));
        Behaviour queued = next.poll();
        Behaviour b = queued != null ? queued : behaviour;
        try (ex) {
            if (b instanceof Respond) {
                Respond r = (Respond) b;
                r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    ex.getResponseBody().write(bytes);
                }
            } else if (b instanceof StallBody) {
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                out.write(((StallBody) b).firstPart().getBytes(StandardCharsets.UTF_8));
                out.flush();
                awaitClose();
            } else if (b instanceof CutBody) {
                byte[] bytes = ((CutBody) b).part().getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, bytes.length + 1000);
                ex.getResponseBody().write(bytes);
                ex.getResponseBody().flush();
                // Closing the exchange before the declared length closes the connection: the body is cut.
            } else {
                throw new AssertionError("unhandled " + b);
            }
        } catch (IOException e) {
            // The client went away (it cancelled a stalled body); nothing to answer.
        }
    }

    private void awaitClose() {
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
