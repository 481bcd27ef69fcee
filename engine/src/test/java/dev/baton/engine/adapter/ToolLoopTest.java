// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.openai.ChatResponseFixtures;
import dev.baton.engine.adapter.schema.JsonSchemaValidator;
import dev.baton.engine.adapter.schema.SharedSpecs;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.FailureKind;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.TraceEvent;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A model that answers with tool calls only is asked again, in the same call, with the results of the design's
 * tool nodes (called through the core) until it answers with its envelope; the loop is bounded by the call's token
 * reservation and the engine's ceiling of tool rounds.
 */
class ToolLoopTest extends WithStubServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = "#/components/schemas/CreateChatCompletionRequest";
    private final JsonSchemaValidator spec = new JsonSchemaValidator(SharedSpecs.openAi());

    private EndpointRun run(AdapterKind kind) throws Exception {
        return EndpointRun.of(kind, stub.base("/v1").toString(), RetryPolicy.NONE, Duration.ofMinutes(5)).run();
    }

    private JsonNode request(int n) throws Exception {
        return JSON.readTree(stub.received().get(n).body());
    }

    @Test
    void openAiToolCallIsAnsweredWithAToolMessageUnderItsIdAndTheModelThenAnswersTheEnvelope() throws Exception {
        JsonNode toolCall = ChatResponseFixtures.toolCall("search", "{\"q\":\"tides\"}", 100, 20);
        assertThat(spec.validate(toolCall, "#/components/schemas/CreateChatCompletionResponse")).isEmpty();
        stub.answerFirst(StubServer.json(toolCall.toString()));
        stub.answerJson(ChatResponseFixtures.content(EndpointRun.ENVELOPE, "stop", 150, 30).toString());

        EndpointRun r = run(AdapterKind.OPENAI);

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.result.result()).isEqualTo(JSON.readTree("{\"summary\":\"tides are lunar\"}"));
        assertThat(r.sentTo("search")).singleElement()
                .satisfies(m -> assertThat(m.payload()).isEqualTo(JSON.readTree("{\"q\":\"tides\"}")));
        assertThat(stub.received()).hasSize(2);
        assertThat(spec.validate(request(0), REQUEST)).isEmpty();
        JsonNode second = request(1);
        assertThat(spec.validate(second, REQUEST)).isEmpty();
        JsonNode messages = second.get("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.at("/2/tool_calls/0/id").asText()).isEqualTo("call_1");
        assertThat(messages.at("/2/tool_calls/0/function/name").asText()).isEqualTo("search");
        assertThat(messages.get(3).get("role").asText()).isEqualTo("tool");
        assertThat(messages.get(3).get("tool_call_id").asText()).as("answers the call it was asked for")
                .isEqualTo("call_1");
        assertThat(JSON.readTree(messages.get(3).get("content").asText()))
                .isEqualTo(JSON.readTree("{\"hits\":[\"moon\",\"sun\"]}"));
        assertThat(second.get("max_tokens").asLong()).as("what is left of the 4,000 reserved").isEqualTo(3880);
        TraceEvent.EnvelopeReceived envelope = r.envelopesOf("summarizer").get(0);
        assertThat(r.envelopesOf("summarizer")).hasSize(1);
        assertThat(envelope.tokens()).isEqualTo(300);
        assertThat(envelope.inputTokens()).isEqualTo(250);
        assertThat(envelope.outputTokens()).isEqualTo(50);
        assertThat(r.decisions(DecisionKind.TOOL_ROUND)).containsExactly("summarizer answered with tool calls only "
                + "(search); asked again with their results (round 1, 3,880 tokens left)");
        assertThat(r.result.calls()).as("each round is an agent call").isEqualTo(2);
    }

    @Test
    void anthropicToolUseIsAnsweredWithAToolResultBlockUnderItsId() throws Exception {
        stub.answerFirst(StubServer.json("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-test\",\"content\":[{\"type\":\"text\",\"text\":\"\"},{\"type\":\"tool_use\","
                + "\"id\":\"toolu_7\",\"name\":\"search\",\"input\":{\"q\":\"tides\"}}],\"stop_reason\":\"tool_use\","
                + "\"usage\":{\"input_tokens\":100,\"output_tokens\":20}}"));
        stub.answerJson("{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\","
                + "\"content\":[{\"type\":\"text\",\"text\":" + JSON.writeValueAsString(EndpointRun.ENVELOPE) + "}],"
                + "\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":150,\"output_tokens\":30}}");

        EndpointRun r = run(AdapterKind.ANTHROPIC);

        assertThat(r.result.outcome()).isEqualTo(Outcome.COMPLETED);
        JsonNode messages = request(1).get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.at("/1/role").asText()).isEqualTo("assistant");
        assertThat(messages.at("/1/content/1/id").asText()).isEqualTo("toolu_7");
        assertThat(messages.at("/2/role").asText()).isEqualTo("user");
        assertThat(messages.at("/2/content/0/type").asText()).isEqualTo("tool_result");
        assertThat(messages.at("/2/content/0/tool_use_id").asText()).isEqualTo("toolu_7");
        assertThat(messages.at("/2/content/0/content").asText()).contains("moon");
        assertThat(request(1).get("max_tokens").asLong()).isEqualTo(3880);
    }

    @Test
    void modelThatOnlyEverCallsToolsStopsAtTheEngineCeilingOfToolRounds() throws Exception {
        stub.answerJson(ChatResponseFixtures.toolCall("search", "{}", 10, 10).toString());

        EndpointRun r = run(AdapterKind.OPENAI);

        assertThat(stub.received()).hasSize(9);
        assertThat(r.result.outcome()).isEqualTo(Outcome.FAILED);
        TraceEvent.EnvelopeReceived envelope = r.envelopesOf("summarizer").get(0);
        assertThat(envelope.failure()).isEqualTo(FailureKind.BUDGET);
        assertThat(envelope.reason()).isEqualTo("summarizer asked for tools 9 times without answering with its "
                + "envelope (engine safety ceiling of 8 tool rounds per call)");
        assertThat(envelope.tokens()).isEqualTo(180);
    }

    @Test
    void toolLoopStopsWhenTheCallsReservationIsUsedUp() throws Exception {
        stub.answerJson(ChatResponseFixtures.toolCall("search", "{}", 1500, 500).toString());

        EndpointRun r = run(AdapterKind.OPENAI);

        assertThat(stub.received()).hasSize(2);
        TraceEvent.EnvelopeReceived envelope = r.envelopesOf("summarizer").get(0);
        assertThat(envelope.reason()).isEqualTo("summarizer used its whole budget of 4,000 tokens in 2 rounds of "
                + "its tool loop without answering with its envelope");
        assertThat(envelope.tokens()).isEqualTo(4000);
        assertThat(r.result.tokens()).isEqualTo(4000);
    }
}
