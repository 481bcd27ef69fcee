// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.adapter.StubServer;
import dev.baton.engine.adapter.schema.JsonSchemaValidator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OtlpTraceWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchemaValidator otlp;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = OtlpTraceWriterTest.class.getResourceAsStream("/otlp/trace-service-request.schema.json")) {
            otlp = new JsonSchemaValidator(JSON.readTree(in));
        }
    }

    private static ObjectNode export() {
        return new OtlpTraceWriter("test").write(OtlpFixtures.run(), OtlpFixtures.entries());
    }

    private static JsonNode span(JsonNode request, String name) {
        return OtlpFixtures.span(request, name);
    }

    private static String attribute(JsonNode owner, String key) {
        for (JsonNode a : owner.path("attributes")) {
            if (a.get("key").asText().equals(key)) {
                JsonNode v = a.get("value");
                return v.fields().next().getValue().asText();
            }
        }
        return null;
    }

    @Test
    void exportIsValidOtlpJson() {
        assertThat(otlp.validate(export(), "#")).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheProtobufJsonMappingForbids() throws Exception {
        ObjectNode bad = export();
        ObjectNode first = (ObjectNode) bad.at("/resourceSpans/0/scopeSpans/0/spans/0");
        first.put("traceId", "CvdlGRbNQ92ESOshHIAxnA==");
        first.put("startTimeUnixNano", 1_763_805_600_000_000_000L);
        first.put("kind", "SPAN_KIND_INTERNAL");
        assertThat(otlp.validate(bad, "#")).hasSize(3);
    }

    @Test
    void spansUseTheGenAiNamesAndNest() {
        ObjectNode request = export();
        JsonNode root = span(request, "invoke_workflow research");
        JsonNode agent = span(request, "invoke_agent researcher");
        JsonNode chat = span(request, "chat researcher");
        JsonNode tool = span(request, "execute_tool search");
        assertThat(root.has("parentSpanId")).isFalse();
        assertThat(agent.get("parentSpanId").asText()).isEqualTo(root.get("spanId").asText());
        assertThat(chat.get("parentSpanId").asText()).isEqualTo(agent.get("spanId").asText());
        assertThat(tool.get("parentSpanId").asText()).isEqualTo(agent.get("spanId").asText());
        assertThat(List.of(attribute(root, "gen_ai.operation.name"), attribute(agent, "gen_ai.operation.name"),
                attribute(chat, "gen_ai.operation.name"), attribute(tool, "gen_ai.operation.name")))
                .containsExactly("invoke_workflow", "invoke_agent", "chat", "execute_tool");
        assertThat(attribute(agent, "gen_ai.agent.name")).isEqualTo("researcher");
        assertThat(attribute(tool, "gen_ai.tool.name")).isEqualTo("search");
        assertThat(agent.get("traceId").asText()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void callSpanRunsFromTheMessageToItsEnvelope() {
        JsonNode tool = span(export(), "execute_tool search");
        long t0 = OtlpFixtures.T0.getEpochSecond() * 1_000_000_000L;
        assertThat(tool.get("startTimeUnixNano").asText()).isEqualTo(Long.toString(t0 + 100_000_000L));
        assertThat(tool.get("endTimeUnixNano").asText()).isEqualTo(Long.toString(t0 + 300_000_000L));
        assertThat(tool.at("/status/code").asInt()).isEqualTo(OtlpTraceWriter.STATUS_OK);
        JsonNode agent = span(export(), "invoke_agent researcher");
        assertThat(agent.at("/status/code").asInt()).isEqualTo(OtlpTraceWriter.STATUS_ERROR);
        assertThat(attribute(agent, "baton.envelope.status")).isEqualTo("failed");
        assertThat(attribute(agent, "baton.failure")).isEqualTo("contract");
        assertThat(agent.at("/status/message").asText()).isEqualTo("searched");
        assertThat(attribute(tool, "baton.budget.tokens_charged")).isEqualTo("1200");
        assertThat(attribute(tool, "baton.budget.cost_usd")).isEqualTo("0.012");
        assertThat(attribute(tool, "baton.failure")).isNull();
    }

    @Test
    void batonFactsAreUnderTheBatonNamespace() {
        ObjectNode request = export();
        JsonNode root = span(request, "invoke_workflow research");
        assertThat(attribute(root, "baton.outcome")).isEqualTo("partial");
        assertThat(attribute(root, "baton.budget.tokens_used")).isEqualTo("5400");
        assertThat(attribute(root, "baton.hops")).isEqualTo("3");
        assertThat(attribute(root, "baton.reason")).contains("hop cap 12");
        JsonNode agent = span(request, "invoke_agent researcher");
        assertThat(attribute(agent, "baton.budget.reserved_tokens")).isEqualTo("4000");
        assertThat(attribute(agent, "baton.trust")).isEqualTo("human");
        JsonNode verdict = agent.at("/events/0");
        assertThat(verdict.get("name").asText()).isEqualTo("baton.decision");
        assertThat(attribute(verdict, "baton.decision.kind")).isEqualTo("validator");
        assertThat(attribute(verdict, "baton.decision")).isEqualTo("reject");
        JsonNode write = root.at("/events/0");
        assertThat(write.get("name").asText()).isEqualTo("baton.store_write");
        assertThat(attribute(write, "baton.store.lost_update")).isEqualTo("true");
        assertThat(attribute(write, "baton.store.before")).isEqualTo("{\"n\":1}");
        assertThat(attribute(write, "baton.store.after")).isEqualTo("{\"n\":2}");
    }

    @Test
    void exportingTwiceGivesTheSameIds() {
        assertThat(export()).isEqualTo(export());
    }

    @Test
    void stubCollectorReceivesTheExportAsOtlpHttpJson() throws Exception {
        try (StubServer collector = StubServer.start()) {
            collector.answerJson("{}");
            String body = export().toString();
            new OtlpHttpExporter(java.net.http.HttpClient.newHttpClient(), java.time.Duration.ofSeconds(20))
                    .export(OtlpHttpExporter.tracesUrl(collector.base("").toString()), body);
            StubServer.Received r = collector.received().get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v1/traces");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(otlp.validate(JSON.readTree(r.body()), "#")).isEmpty();
            assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree(body));
        }
    }

    @Test
    void collectorErrorIsReportedWithItsStatus() throws Exception {
        try (StubServer collector = StubServer.start()) {
            collector.answer(new StubServer.Respond(400, java.util.Map.of(), "bad span"));
            List<String> messages = new ArrayList<>();
            try {
                OtlpHttpExporter.create().export(OtlpHttpExporter.tracesUrl(collector.base("/").toString()), "{}");
            } catch (java.io.IOException e) {
                messages.add(e.getMessage());
            }
            assertThat(messages).singleElement().asString().endsWith("/v1/traces answered HTTP 400: bad span");
        }
    }
}
