// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.openai.OpenAiChatAdapter;
import dev.baton.engine.core.AdapterFailure;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.NodeId;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI adapter against a stub that answers as Ollama and the llama.cpp server do (see {@link LocalServers}):
 * their answers are read, their errors become the reasons docs/local-models.md lists, llama.cpp's loading 503 is
 * waited out by the retry, and llama.cpp's object-valued tool arguments are read.
 */
class LocalServersTest extends WithStubServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentReply call() {
        AdapterSettings settings = AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl(stub.base("/v1").toString());
        NodeBinding node = AdapterFixtures.researcher(AdapterFixtures.researchDesign(settings, Duration.ofSeconds(20)));
        return new OpenAiChatAdapter(node, ModelCallSettings.of(node, settings, ""), HttpExchange.create(),
                AdapterFixtures.key()).invoke(AdapterFixtures.workCall(JSON.createObjectNode().put("topic", "tides")))
                .join();
    }

    @Test
    void ollamasAnswerIsReadWithItsUsageAndModel() {
        stub.answer(LocalServers.ollamaChat("llama3.1:8b", "{\"status\":\"success\",\"result\":{\"summary\":\"s\"},"
                + "\"confidence\":0.7,\"reason\":\"\"}", 210, 33));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.SUCCESS);
        assertThat(reply.inputTokens()).isEqualTo(210);
        assertThat(reply.outputTokens()).isEqualTo(33);
        assertThat(reply.exchange().responseModel()).isEqualTo("llama3.1:8b");
        assertThat(reply.exchange().provider()).isEqualTo("ollama");
        assertThat(reply.exchange().finishReasons()).containsExactly("stop");
    }

    @Test
    void ollamaModelNotPulledIsARejectedRequestThatSaysToPullIt() {
        stub.answer(LocalServers.ollamaModelNotFound("llama3.1:8b"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.FAILED);
        assertThat(reply.reason()).startsWith("request rejected: http://127.0.0.1:")
                .endsWith("answered HTTP 404 (model \"llama3.1:8b\" not found, try pulling it first)");
        assertThat(reply.exchange().failure()).isEqualTo(AdapterFailure.CONTRACT_VIOLATION);
        assertThat(reply.exchange().failure().endpointUnhealthy()).as("a wrong name is no outage").isFalse();
    }

    @Test
    void ollamaListsItsModelsAtV1Models() throws Exception {
        stub.answer(LocalServers.ollamaModels("llama3.2:3b"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stub.base("/v1/models").toString())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(r.body()).at("/data/0/id").asText()).as("the curl check the guide shows")
                .isEqualTo("llama3.2:3b");
    }

    @Test
    void llamaCppRejectionKeepsItsMessage() {
        stub.answer(LocalServers.llamaCppRejected("Either \"json_schema\" or \"grammar\" can be specified, but not both"));
        AgentReply reply = call();
        assertThat(reply.reason()).contains("HTTP 400").contains("can be specified, but not both");
    }

    @Test
    void llamaCppToolArgumentsSentAsAnObjectAreRead() throws Exception {
        stub.answer(LocalServers.llamaCppToolCallWithObjectArguments("search", "{\"q\":\"tides\"}"));
        AgentReply reply = call();
        assertThat(reply.kind()).isEqualTo(ReplyKind.SUCCESS);
        assertThat(reply.toolCalls()).containsExactly(new ToolCallRequest(NodeId.of("search"),
                JSON.readTree("{\"q\":\"tides\"}")));
        assertThat(reply.awaitsToolResults()).isTrue();
    }

    @Test
    void llamaCppStillLoadingIsWaitedOutByTheRetryWithoutOpeningTheBreaker() throws Exception {
        stub.answerFirst(LocalServers.llamaCppLoading(), LocalServers.llamaCppLoading());
        stub.answer(LocalServers.ollamaChat("local", EndpointRun.ENVELOPE, 10, 10));

        EndpointRun r = EndpointRun.of(AdapterKind.OPENAI, stub.base("/v1").toString(),
                new RetryPolicy(3, Duration.ofSeconds(2), 2.0), Duration.ofMinutes(5)).run();

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(stub.received()).hasSize(3);
        assertThat(r.envelopesOf("summarizer").get(0).reason()).contains("HTTP 503 (").contains("Loading model");
        assertThat(r.decisions(DecisionKind.ENDPOINT_BREAKER)).isEmpty();
    }
}
