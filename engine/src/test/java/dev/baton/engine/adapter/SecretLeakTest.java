// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.openai.ChatResponseFixtures;
import dev.baton.engine.adapter.spi.JavaAgents;
import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.driver.EscalationInbox;
import dev.baton.engine.driver.RealTimeDriver;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.trace.InboxListener;
import dev.baton.engine.store.trace.RunContext;
import dev.baton.engine.store.trace.StoreTraceSink;
import dev.baton.engine.telemetry.OtlpTraceWriter;
import dev.baton.engine.trace.MemoryTraceSink;
import dev.baton.model.Design;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A run whose model server echoes the API key back in its error body (as OpenAI's 401 does): the key reaches the
 * request header and nothing else, not the trace, the stored trace, its OpenTelemetry export (with or without
 * content) or a log line; the same through a tool loop and through the reasons of an open endpoint breaker.
 */
class SecretLeakTest {
    @TempDir
    Path dir;

    private static String echoingError() {
        return "{\"error\":{\"message\":\"Incorrect API key provided: " + AdapterFixtures.SECRET
                + ". You can find your API key at https://platform.openai.com.\"}}";
    }

    /** Runs the endpoint design against {@code stub} in virtual time; returns everything a key must not reach. */
    private String everythingButTheHeader(StubServer stub, RetryPolicy retry, ListAppender<ILoggingEvent> logs)
            throws Exception {
        EndpointRun r = EndpointRun.of(AdapterKind.OPENAI, stub.base("/v1").toString(), retry,
                Duration.ofMinutes(5));
        TraceDatabase db = TraceDatabase.open(DatabaseLocation.of(dir.resolve("baton")), LockRetry.NONE);
        r.run(new StoreTraceSink(db, new RunContext(DesignHash.of(r.design), 7, Instant.parse("2026-11-22T10:00:00Z"),
                false), InboxListener.NONE, 16));
        StringBuilder all = new StringBuilder(r.result.toString()).append('\n');
        r.trace.events().forEach(e -> all.append(e).append('\n'));
        try (StoreSession session = db.session()) {
            var run = session.runs().recent(1).get(0);
            all.append(session.trace(run.id())).append('\n');
            all.append(new OtlpTraceWriter("test", false).write(run, session.trace(run.id()))).append('\n');
            all.append(new OtlpTraceWriter("test", true).write(run, session.trace(run.id()))).append('\n');
        }
        for (StubServer.Received req : stub.received()) {
            assertThat(req.header("Authorization")).isEqualTo("Bearer " + AdapterFixtures.SECRET);
            all.append(req.body()).append('\n');
        }
        logs.list.forEach(l -> all.append(l.getFormattedMessage()).append(l.getThrowableProxy()).append('\n'));
        return all.toString();
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        return logs;
    }

    private static void release(ListAppender<ILoggingEvent> logs) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void apiKeyStaysOutOfTheToolLoopAndItsContentExport() throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        try (StubServer stub = StubServer.start()) {
            stub.answerFirst(StubServer.json(ChatResponseFixtures.toolCall("search", "{\"q\":\"tides\"}", 10, 10)
                    .toString()));
            stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 10, 10).toString());

            String all = everythingButTheHeader(stub, RetryPolicy.NONE, logs);

            assertThat(stub.received()).as("the tool round was made with the key in its header").hasSize(2);
            assertThat(all).contains("tool_call_id").contains("gen_ai.input.messages")
                    .doesNotContain(AdapterFixtures.SECRET).doesNotContain("4fJ9xQ2mN7");
        } finally {
            release(logs);
        }
    }

    @Test
    void apiKeyEchoedByFailingServerStaysOutOfTheBreakersReasons() throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        try (StubServer stub = StubServer.start()) {
            stub.answer(new StubServer.Respond(503, Map.of("Content-Type", "application/json"), echoingError()));

            String all = everythingButTheHeader(stub, new RetryPolicy(6, Duration.ofMillis(10), 1.0), logs);

            assertThat(all).as("the breaker opened and rejected a call, naming the last failure")
                    .contains("closed -> open after 5 consecutive failures").contains("summarizer was not called")
                    .contains("[redacted]").doesNotContain(AdapterFixtures.SECRET).doesNotContain("4fJ9xQ2mN7");
        } finally {
            release(logs);
        }
    }

    @Test
    void apiKeyNeverLeavesTheRequestHeader() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(logs);
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try (StubServer stub = StubServer.start()) {
            stub.answer(new StubServer.Respond(401, Map.of("Content-Type", "application/json"), echoingError()));
            Design design = AdapterFixtures.researchDesign(
                    AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl(stub.base("/v1").toString()),
                    Duration.ofSeconds(20));
            DesignAdapters adapters = DesignAdapters.create(design, AgentOverrides.NONE, new ScriptedAgents(design),
                    new DesignAdapters.Resources(AdapterFixtures.key(), HttpExchange.create(),
                            JavaAgents.load(getClass().getClassLoader()), Runnable::run));
            TraceDatabase db = TraceDatabase.open(DatabaseLocation.of(dir.resolve("baton")), LockRetry.NONE);
            StoreTraceSink stored = new StoreTraceSink(db, new RunContext(DesignHash.of(design), 7,
                    Instant.parse("2026-11-22T10:00:00Z"), true), InboxListener.NONE, 16);
            MemoryTraceSink memory = new MemoryTraceSink();
            RunResult result = new RealTimeDriver(adapters, timers, EscalationInbox.NONE)
                    .start(RunPlan.compile(design), RunId.of(1), new ObjectMapper().readTree("{\"topic\":\"tides\"}"),
                            7, event -> {
                                memory.record(event);
                                stored.record(event);
                            })
                    .get(60, TimeUnit.SECONDS);

            assertThat(stub.received()).isNotEmpty();
            assertThat(stub.received().get(0).header("Authorization")).isEqualTo("Bearer " + AdapterFixtures.SECRET);
            StringBuilder everything = new StringBuilder(result.toString());
            for (TraceEvent e : memory.events()) {
                everything.append(e).append('\n');
            }
            assertThat(everything.toString()).as("the trace shows the failure").contains("HTTP 401")
                    .contains("[redacted]").doesNotContain(AdapterFixtures.SECRET).doesNotContain("4fJ9xQ2mN7");
            String export;
            try (StoreSession session = db.session()) {
                var run = session.runs().recent(1).get(0);
                export = new OtlpTraceWriter("test").write(run, session.trace(run.id())).toString()
                        + new OtlpTraceWriter("test", true).write(run, session.trace(run.id()));
            }
            assertThat(export).contains("HTTP 401").doesNotContain(AdapterFixtures.SECRET).doesNotContain("4fJ9xQ2mN7");
            assertThat(logs.list).allSatisfy(l -> assertThat(l.getFormattedMessage() + l.getThrowableProxy())
                    .doesNotContain(AdapterFixtures.SECRET));
            assertThat(new ModelCallSettings.Secret(AdapterFixtures.SECRET, null).toString())
                    .isEqualTo("Secret[redacted]");
        } finally {
            root.detachAppender(logs);
            root.setLevel(before);
            timers.shutdownNow();
        }
    }
}
