// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.AdapterFixtures;
import dev.baton.engine.adapter.HttpExchange;
import dev.baton.engine.adapter.ModelCallSettings;
import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.adapter.StubServer;
import dev.baton.engine.adapter.schema.JsonSchemaValidator;
import dev.baton.engine.adapter.schema.SharedSpecs;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiChatAdapterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVELOPE = "{\"status\":\"success\",\"result\":{\"summary\":\"tides are lunar\"},"
            + "\"confidence\":0.8,\"reason\":\"\",\"constraints\":[\"tone\"]}";

    private StubServer stub;
    private OpenAiChatAdapter adapter;
    private final JsonSchemaValidator spec = new JsonSchemaValidator(SharedSpecs.openAi());

    @BeforeEach
    void start() throws Exception {
        stub = StubServer.start();
        adapter = adapterFor(stub.base("/v1").toString(), Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private static OpenAiChatAdapter adapterFor(String baseUrl, Duration timeout) {
        AdapterSettings settings = AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl(baseUrl);
        Design design = AdapterFixtures.researchDesign(settings, timeout);
        NodeBinding node = AdapterFixtures.researcher(design);
        return new OpenAiChatAdapter(node, ModelCallSettings.of(node, settings, OpenAiChatAdapter.DEFAULT_BASE_URL),
                HttpExchange.create(), AdapterFixtures.key());
    }

    private AgentReply call() {
        return adapter.invoke(AdapterFixtures.workCall(JSON.createObjectNode().put("topic", "tides"))).join();
    }

    @Test
    void successEnvelopeBecomesTheReplyWithTheServersTokenUsage() throws Exception {
        JsonNode response = ChatResponseFixtures.content(ENVELOPE, "stop", 320, 45);
        assertThat(spec.validate(response, "#/components/schemas/CreateChatCompletionResponse")).isEmpty();
        stub.answerJson(response.toString());

        AgentReply reply = call();

        assertThat(reply.kind()).isEqualTo(ReplyKind.SUCCESS);
        assertThat(reply.result()).isEqualTo(JSON.readTree("{\"summary\":\"tides are lunar\"}"));
        assertThat(reply.confidence()).isEqualTo(0.8);
        assertThat(reply.inputTokens()).isEqualTo(320);
        assertThat(reply.outputTokens()).isEqualTo(45);
        assertThat(reply.restatedConstraints()).containsExactly("tone");
    }

    @Test
    void requestIsAValidChatCompletionRequestWithTheEnvelopeSchemaAndTools() throws Exception {
        stub.answerJson(ChatResponseFixtures.content(ENVELOPE, "stop", 1, 1).toString());
        call();

        StubServer.Received r = stub.received().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + AdapterFixtures.SECRET);
        JsonNode body = JSON.readTree(r.body());
        assertThat(spec.validate(body, "#/components/schemas/CreateChatCompletionRequest")).isEmpty();
        assertThat(body.get("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(body.get("max_tokens").asLong()).as("the reservation").isEqualTo(4000);
        JsonNode schema = body.at("/response_format/json_schema/schema");
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(schema.at("/properties/result/required/0").asText()).isEqualTo("summary");
        assertThat(schema.at("/properties/result/properties/summary/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/handoffTo/enum/0").asText()).isEqualTo("writer");
        assertThat(body.at("/tools/0/function/name").asText()).isEqualTo("search");
        assertThat(body.at("/messages/0/content").asText()).contains("Research the topic.").contains("be polite");
        assertThat(JSON.readTree(body.at("/messages/1/content").asText()).at("/input/topic").asText())
                .isEqualTo("tides");
    }

    @Test
    void specValidatorRejectsARequestTheApiWouldReject() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode body = adapter.request(AdapterFixtures.workCall(null));
        body.remove("messages");
        body.put("temperature", "warm");
        assertThat(spec.validate(body, "#/components/schemas/CreateChatCompletionRequest"))
                .anySatisfy(e -> assertThat(e).contains("missing required property \"messages\""))
                .anySatisfy(e -> assertThat(e).contains("$.temperature"));
    }

    @Test
    void openAisOwnEndpointGetsMaxCompletionTokens() throws Exception {
        JsonNode body = adapterFor(OpenAiChatAdapter.DEFAULT_BASE_URL, Duration.ofSeconds(5))
                .request(AdapterFixtures.workCall(null));
        assertThat(body.get("max_completion_tokens").asLong()).isEqualTo(4000);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(spec.validate(body, "#/components/schemas/CreateChatCompletionRequest")).isEmpty();
    }

    @Test
    void toolCallsBecomeTheReplysToolCalls() throws Exception {
        JsonNode response = ChatResponseFixtures.toolCall("search", "{\"q\":\"tides\"}", 100, 20);
        assertThat(spec.validate(response, "#/components/schemas/CreateChatCompletionResponse")).isEmpty();
        stub.answerJson(response.toString());

        AgentReply reply = call();

        assertThat(reply.kind()).isEqualTo(ReplyKind.SUCCESS);
        assertThat(reply.toolCalls()).containsExactly(new ToolCallRequest(NodeId.of("search"),
                JSON.readTree("{\"q\":\"tides\"}")));
    }

    @Test
    void handoffEnvelopeNamesTheTarget() {
        stub.answerJson(ChatResponseFixtures.content("{\"status\":\"handoff\",\"handoffTo\":\"writer\",\"result\":"
                + "{\"summary\":\"x\"},\"confidence\":1,\"reason\":\"billing\"}", "stop", 5, 5).toString());
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.HANDOFF);
        assertThat(reply.target()).isEqualTo(NodeId.of("writer"));
    }

    @Test
    void rateLimitIsAFailedReplyWithRetryAfter() {
        stub.answer(new StubServer.Respond(429, Map.of("Retry-After", "7"), "{\"error\":{\"message\":\"slow down\"}}"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.FAILED);
        assertThat(reply.reason()).startsWith("rate limited:").endsWith("answered HTTP 429, Retry-After 7");
    }

    @Test
    void serverErrorIsAFailedReplyWithTheStatus() {
        stub.answer(new StubServer.Respond(503, Map.of(), "{\"error\":{\"message\":\"overloaded\"}}"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.FAILED);
        assertThat(reply.reason()).startsWith("server error:").contains("HTTP 503").contains("overloaded");
    }

    @Test
    void refusedConnectionIsACrash() throws Exception {
        StubServer gone = StubServer.start();
        String url = gone.base("/v1").toString();
        gone.close();
        AgentReply reply = adapterFor(url, Duration.ofSeconds(5)).invoke(AdapterFixtures.workCall(null)).join();
        assertThat(reply.kind()).isEqualTo(ReplyKind.CRASH);
        assertThat(reply.reason()).startsWith("cannot reach http://127.0.0.1:").endsWith("connection refused");
    }

    @Test
    void bodyThatNeverEndsIsCutAtTheDeadline() {
        adapter = adapterFor(stub.base("/v1").toString(), Duration.ofMillis(300));
        stub.answer(new StubServer.StallBody("{\"id\":\"chatcmpl-1\",\"choices\":["));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.HANG);
        assertThat(reply.reason()).contains("before the deadline").contains("300 ms");
    }

    @Test
    void truncatedBodyIsACrash() {
        stub.answer(new StubServer.CutBody("{\"id\":\"chatcmpl-1\",\"cho"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.CRASH);
        assertThat(reply.reason()).startsWith("truncated response from http://127.0.0.1:");
    }

    @Test
    void invalidJsonBodyIsMalformed() {
        stub.answerJson("{\"choices\": [oops");
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.MALFORMED);
        assertThat(reply.reason()).startsWith("the server's response is not valid JSON");
    }

    @Test
    void contentThatIsNotJsonIsMalformedButStillCharged() {
        stub.answerJson(ChatResponseFixtures.content("Sure! Here are the tides...", "stop", 50, 10).toString());
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.MALFORMED);
        assertThat(reply.reason()).startsWith("the answer is not valid JSON");
        assertThat(reply.totalTokens()).isEqualTo(60);
    }

    @Test
    void envelopeWithAnUnknownStatusIsMalformed() {
        stub.answerJson(ChatResponseFixtures.content("{\"status\":\"done\",\"result\":{}}", "stop", 5, 5).toString());
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.MALFORMED);
        assertThat(reply.reason()).contains("\"status\" must be one of success, partial, failed, handoff, but was \"done\"");
    }

    @Test
    void answerCutOffAtMaxTokensIsMalformed() {
        stub.answerJson(ChatResponseFixtures.content("{\"status\":\"succ", "length", 100, 4000).toString());
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.MALFORMED);
        assertThat(reply.reason()).contains("cut off at the call's 4000 max tokens");
    }

    @Test
    void missingKeyFailsWithoutCallingAndNamesOnlyTheVariable() {
        AdapterSettings settings = AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl(stub.base("/v1").toString());
        NodeBinding node = AdapterFixtures.researcher(AdapterFixtures.researchDesign(settings, Duration.ofSeconds(5)));
        OpenAiChatAdapter noKey = new OpenAiChatAdapter(node, ModelCallSettings.of(node, settings, ""),
                HttpExchange.create(), name -> java.util.Optional.empty());
        AgentReply reply = noKey.invoke(AdapterFixtures.workCall(null)).join();
        assertThat(reply.kind()).isEqualTo(ReplyKind.FAILED);
        assertThat(reply.reason()).isEqualTo("credentials: environment variable BATON_TEST_API_KEY is not set");
        assertThat(stub.received()).isEmpty();
    }
}
