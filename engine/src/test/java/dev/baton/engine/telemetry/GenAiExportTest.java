// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.adapter.EndpointRun;
import dev.baton.engine.adapter.StubServer;
import dev.baton.engine.adapter.openai.ChatResponseFixtures;
import dev.baton.engine.adapter.schema.JsonSchemaValidator;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.DesignHash;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.trace.InboxListener;
import dev.baton.engine.store.trace.RunContext;
import dev.baton.engine.store.trace.StoreTraceSink;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.RetryPolicy;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run against a stub model server, stored and exported: the {@code chat} span carries the GenAI attributes
 * (semantic conventions v1.37) from what the adapter learned, and the content only on request.
 */
class GenAiExportTest extends dev.baton.engine.adapter.WithStubServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private TraceDatabase db;

    @BeforeEach
    void openDatabase() {
        db = TraceDatabase.open(DatabaseLocation.of(dir.resolve("baton")), LockRetry.NONE);
    }

    private void runStored() throws Exception {
        EndpointRun r = EndpointRun.of(AdapterKind.OPENAI, stub.base("/v1").toString(), RetryPolicy.NONE,
                Duration.ofMinutes(5));
        StoreTraceSink sink = new StoreTraceSink(db, new RunContext(DesignHash.of(r.design), 1,
                Instant.parse("2026-11-22T10:00:00Z"), false), InboxListener.NONE, 16);
        r.run(sink);
        assertThat(sink.failure()).isEmpty();
    }

    private ObjectNode export(boolean includeContent) {
        try (StoreSession session = db.session()) {
            RunRecord run = session.runs().recent(1).get(0);
            return new OtlpTraceWriter("test", includeContent).write(run, session.trace(run.id()));
        }
    }

    private static JsonNode value(JsonNode span, String key) {
        for (JsonNode a : span.path("attributes")) {
            if (a.get("key").asText().equals(key)) {
                return a.get("value");
            }
        }
        return null;
    }

    private static JsonNode schema() throws Exception {
        try (InputStream in = GenAiExportTest.class.getResourceAsStream("/otlp/trace-service-request.schema.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void chatSpanCarriesModelsSplitUsageFinishReasonsAndServer() throws Exception {
        ObjectNode response = ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 320, 45);
        response.put("model", "llama3.1:8b-instruct-q4_K_M");
        stub.answerJson(response.toString());
        runStored();

        ObjectNode request = export(false);

        assertThat(new JsonSchemaValidator(schema()).validate(request, "#")).isEmpty();
        JsonNode chat = OtlpFixtures.span(request, "chat llama3.1:8b");
        assertThat(value(chat, "gen_ai.operation.name").get("stringValue").asText()).isEqualTo("chat");
        assertThat(value(chat, "gen_ai.provider.name").get("stringValue").asText()).isEqualTo("ollama");
        assertThat(value(chat, "gen_ai.request.model").get("stringValue").asText()).isEqualTo("llama3.1:8b");
        assertThat(value(chat, "gen_ai.response.model").get("stringValue").asText())
                .isEqualTo("llama3.1:8b-instruct-q4_K_M");
        assertThat(value(chat, "gen_ai.usage.input_tokens").get("intValue").asText()).isEqualTo("320");
        assertThat(value(chat, "gen_ai.usage.output_tokens").get("intValue").asText()).isEqualTo("45");
        assertThat(value(chat, "gen_ai.request.max_tokens").get("intValue").asText()).isEqualTo("4000");
        assertThat(value(chat, "gen_ai.response.finish_reasons").at("/arrayValue/values/0/stringValue").asText())
                .isEqualTo("stop");
        assertThat(value(chat, "server.address").get("stringValue").asText()).isEqualTo("127.0.0.1");
        assertThat(value(chat, "server.port").get("intValue").asText())
                .isEqualTo(Integer.toString(stub.base("").getPort()));
        assertThat(value(chat, "error.type")).isNull();
        assertThat(value(chat, "gen_ai.input.messages")).as("no content by default").isNull();
        assertThat(value(chat, "gen_ai.output.messages")).isNull();
        assertThat(request.toString()).doesNotContain("tides are lunar");
    }

    @Test
    void contentIsExportedOnlyWhenAskedFor() throws Exception {
        stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 320, 45).toString());
        runStored();

        JsonNode chat = OtlpFixtures.span(export(true), "chat llama3.1:8b");

        JsonNode input = JSON.readTree(value(chat, "gen_ai.input.messages").get("stringValue").asText());
        assertThat(input.at("/0/role").asText()).isEqualTo("user");
        assertThat(JSON.readTree(input.at("/0/parts/0/content").asText()).get("topic").asText()).isEqualTo("tides");
        JsonNode output = JSON.readTree(value(chat, "gen_ai.output.messages").get("stringValue").asText());
        assertThat(output.at("/0/role").asText()).isEqualTo("assistant");
        assertThat(output.at("/0/parts/0/content").asText()).contains("tides are lunar");
        assertThat(output.at("/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(new JsonSchemaValidator(schema()).validate(export(true), "#")).isEmpty();
    }

    @Test
    void failedCallCarriesTheAdapterFailureAsErrorType() throws Exception {
        stub.answer(new StubServer.Respond(429, Map.of("Retry-After", "3"), "{}"));
        runStored();

        JsonNode chat = OtlpFixtures.span(export(false), "chat llama3.1:8b");

        assertThat(value(chat, "error.type").get("stringValue").asText()).isEqualTo("rate-limited");
        assertThat(chat.at("/status/code").asInt()).isEqualTo(OtlpTraceWriter.STATUS_ERROR);
        List<String> keys = new ArrayList<>();
        chat.path("attributes").forEach(a -> keys.add(a.get("key").asText()));
        assertThat(keys).doesNotContain("gen_ai.usage.input_tokens");
        JsonNode withContent = OtlpFixtures.span(export(true), "chat llama3.1:8b");
        assertThat(value(withContent, "gen_ai.input.messages")).isNotNull();
        assertThat(value(withContent, "gen_ai.output.messages")).as("a failed call answered nothing").isNull();
    }
}
