// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.AdapterFixtures;
import dev.baton.engine.adapter.HttpExchange;
import dev.baton.engine.adapter.ModelCallSettings;
import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.adapter.StubServer;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.NodeId;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicMessagesAdapterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StubServer stub;
    private AnthropicMessagesAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        stub = StubServer.start();
        AdapterSettings settings = AdapterSettings.of(AdapterKind.ANTHROPIC).withBaseUrl(stub.base("/v1").toString());
        NodeBinding node = AdapterFixtures.researcher(AdapterFixtures.researchDesign(settings, Duration.ofSeconds(20)));
        adapter = new AnthropicMessagesAdapter(node, ModelCallSettings.of(node, settings, ""), HttpExchange.create(),
                AdapterFixtures.key());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private static String message(String blocks, String stopReason) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude\",\"content\":["
                + blocks + "],\"stop_reason\":\"" + stopReason + "\",\"usage\":{\"input_tokens\":210,"
                + "\"output_tokens\":33}}";
    }

    private AgentReply call() {
        return adapter.invoke(AdapterFixtures.workCall(JSON.createObjectNode().put("topic", "tides"))).join();
    }

    @Test
    void textEnvelopeIsTheReplyWithTheUsage() throws Exception {
        stub.answerJson(message("{\"type\":\"text\",\"text\":" + JSON.writeValueAsString(
                "{\"status\":\"partial\",\"result\":{\"summary\":\"half\"},\"confidence\":0.5,\"reason\":\"thin\"}")
                + "}", "end_turn"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.PARTIAL);
        assertThat(reply.reason()).isEqualTo("thin");
        assertThat(reply.inputTokens()).isEqualTo(210);
        assertThat(reply.outputTokens()).isEqualTo(33);
    }

    @Test
    void requestCarriesKeyVersionMaxTokensAndTools() throws Exception {
        stub.answerJson(message("{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":\"search\",\"input\":{\"q\":\"x\"}}",
                "tool_use"));
        AgentReply reply = call();
        StubServer.Received r = stub.received().get(0);
        assertThat(r.path()).isEqualTo("/v1/messages");
        assertThat(r.header("x-api-key")).isEqualTo(AdapterFixtures.SECRET);
        assertThat(r.header("anthropic-version")).isEqualTo(AnthropicMessagesAdapter.API_VERSION);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("max_tokens").asLong()).isEqualTo(4000);
        assertThat(body.get("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(body.at("/tools/0/name").asText()).isEqualTo("search");
        assertThat(body.get("system").asText()).contains("\"summary\"");
        assertThat(reply.toolCalls()).containsExactly(new ToolCallRequest(NodeId.of("search"),
                JSON.readTree("{\"q\":\"x\"}")));
    }

    @Test
    void overloadedIsAServerError() {
        stub.answer(new StubServer.Respond(529, Map.of(), "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.FAILED);
        assertThat(reply.reason()).contains("HTTP 529").contains("overloaded_error");
    }

    @Test
    void answerCutOffAtMaxTokensIsMalformed() {
        stub.answerJson(message("{\"type\":\"text\",\"text\":\"{\\\"status\\\":\"}", "max_tokens"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.MALFORMED);
        assertThat(reply.reason()).contains("cut off at the call's 4000 max tokens");
    }
}
