// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.adapter.EnvelopeReader;
import dev.baton.engine.adapter.EnvelopeSchema;
import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.adapter.Prompt;
import dev.baton.engine.adapter.Replies;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.model.UsesRealTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls a node by running a command: one JSON message on stdin ({@code system}, {@code message},
 * {@code envelopeSchema}, {@code maxTokens}), one status envelope on stdout (optionally with
 * {@code "usage": {"inputTokens", "outputTokens"}}). A command that runs past the deadline is killed with its whole
 * process tree; a non-zero exit is a crash with the end of its stderr as the reason.
 *
 * <p>This class is threadsafe; each call runs its own process.
 */
@UsesRealTime("a process must be killed when it runs past the node's wall-clock deadline")
public final class ProcessAdapter implements AgentAdapter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STDERR_CHARS = 300;

    private final NodeBinding node;
    private final List<String> command;
    private final Duration deadline;
    private final Executor executor;

    /** Runs {@code command} for {@code node}; {@code executor} waits for the processes (one thread per call). */
    public ProcessAdapter(NodeBinding node, List<String> command, Duration deadline, Executor executor) {
        this.node = node;
        this.command = List.copyOf(command);
        this.deadline = deadline;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<AgentReply> invoke(AgentCall call) {
        return CompletableFuture.supplyAsync(() -> run(call), executor);
    }

    /** The message written to the command's stdin. */
    public ObjectNode message(AgentCall call) {
        Prompt prompt = Prompt.of(node, call);
        ObjectNode m = JSON.createObjectNode();
        m.put("system", prompt.system());
        m.set("message", prompt.message());
        m.set("envelopeSchema", EnvelopeSchema.of(node, call.purpose()));
        m.put("maxTokens", call.maxTokens());
        return m;
    }

    private AgentReply run(AgentCall call) {
        // Real time on purpose (see @UsesRealTime): the latency reported to the engine and the kill deadline are
        // those of a real operating-system process, which no virtual clock can speed up.
        long started = System.nanoTime();
        String program = command.get(0);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            return Replies.crashed("cannot start " + program + ": " + e.getMessage(), 0);
        }
        CompletableFuture<byte[]> stdout = drain(process.getInputStream());
        CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write((message(call).toString() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command may exit without reading its input; its exit code and output tell what happened.
        }
        try {
            if (!process.waitFor(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
                kill(process);
                return Replies.deadline(program, "killed after " + deadline.toMillis() + " ms",
                        System.nanoTime() - started);
            }
            String out = text(stdout);
            long latency = System.nanoTime() - started;
            if (process.exitValue() != 0) {
                String err = text(stderr).strip();
                if (err.length() > STDERR_CHARS) {
                    err = "..." + err.substring(err.length() - STDERR_CHARS);
                }
                return Replies.crashed(program + " exited with code " + process.exitValue()
                        + (err.isEmpty() ? "" : ": " + err), latency);
            }
            return envelope(out, latency);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            return Replies.crashed(program + " was interrupted", System.nanoTime() - started);
        }
    }

    private static AgentReply envelope(String out, long latency) {
        long inTokens = 0;
        long outTokens = 0;
        try {
            JsonNode usage = JSON.readTree(out).path("usage");
            inTokens = Math.max(0, usage.path("inputTokens").asLong(0));
            outTokens = Math.max(0, usage.path("outputTokens").asLong(0));
        } catch (IOException e) {
            // Not JSON: the reader below says so.
        }
        return EnvelopeReader.read(out, inTokens, outTokens, latency);
    }

    /** Kills the command and everything it started: a shell script's children would otherwise live on. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (stream) {
                f.complete(stream.readAllBytes());
            } catch (IOException e) {
                f.complete(new byte[0]);
            }
        }, "baton-process-output");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static String text(Future<byte[]> bytes) throws InterruptedException {
        try {
            // The process has exited, so its streams end soon; the bound only guards against grandchildren that
            // keep the pipe open.
            return new String(bytes.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }
}
