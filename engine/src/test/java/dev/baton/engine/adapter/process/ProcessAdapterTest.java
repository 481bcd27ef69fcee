// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.AdapterFixtures;
import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.core.AgentReply;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.AdapterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessAdapterTest {
    private static final String ENVELOPE = "{\"status\":\"success\",\"result\":{\"summary\":\"x\"},\"confidence\":0.9,"
            + "\"reason\":\"\",\"usage\":{\"inputTokens\":12,\"outputTokens\":3}}";

    @TempDir
    Path dir;

    private static AgentReply run(String script, Duration deadline) {
        List<String> command = List.of("sh", "-c", script);
        NodeBinding node = AdapterFixtures.researcher(
                AdapterFixtures.researchDesign(AdapterSettings.process(command), deadline));
        ProcessAdapter adapter = new ProcessAdapter(node, command, deadline, Executors.newCachedThreadPool());
        return adapter.invoke(AdapterFixtures.workCall(new ObjectMapper().createObjectNode().put("topic", "tides")))
                .join();
    }

    @Test
    void envelopeOnStdoutIsTheReplyWithItsUsage() {
        AgentReply reply = run("cat >/dev/null; echo '" + ENVELOPE + "'", Duration.ofSeconds(20));
        assertThat(reply.kind()).isEqualTo(ReplyKind.SUCCESS);
        assertThat(reply.confidence()).isEqualTo(0.9);
        assertThat(reply.inputTokens()).isEqualTo(12);
        assertThat(reply.outputTokens()).isEqualTo(3);
    }

    @Test
    void commandReadsOneJsonMessageWithTheCallAndTheEnvelopeSchema() throws Exception {
        Path seen = dir.resolve("stdin.json");
        run("cat > '" + seen + "'; echo '" + ENVELOPE + "'", Duration.ofSeconds(20));
        JsonNode message = new ObjectMapper().readTree(Files.readString(seen));
        assertThat(message.at("/message/input/topic").asText()).isEqualTo("tides");
        assertThat(message.at("/message/purpose").asText()).isEqualTo("work");
        assertThat(message.at("/envelopeSchema/properties/result/required/0").asText()).isEqualTo("summary");
        assertThat(message.get("maxTokens").asLong()).isEqualTo(4000);
        assertThat(message.get("system").asText()).contains("Research the topic.");
    }

    @Test
    void nonZeroExitIsACrashWithTheEndOfStderr() {
        AgentReply reply = run("echo 'model file missing' >&2; exit 3", Duration.ofSeconds(20));
        assertThat(reply.kind()).isEqualTo(ReplyKind.CRASH);
        assertThat(reply.reason()).isEqualTo("sh exited with code 3: model file missing");
    }

    @Test
    void outputThatIsNotAnEnvelopeIsMalformed() {
        AgentReply reply = run("echo 'thinking...'", Duration.ofSeconds(20));
        assertThat(reply.kind()).isEqualTo(ReplyKind.MALFORMED);
        assertThat(reply.reason()).startsWith("the answer is not valid JSON");
    }

    @Test
    void commandPastItsDeadlineIsKilledWithItsChildren() throws Exception {
        Path pid = dir.resolve("child.pid");
        AgentReply reply = run("sleep 60 & echo $! > '" + pid + "'; wait", Duration.ofMillis(500));
        assertThat(reply.kind()).isEqualTo(ReplyKind.HANG);
        assertThat(reply.reason()).contains("killed after 500 ms");
        long child = Long.parseLong(Files.readString(pid).strip());
        ProcessHandle.of(child).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void missingProgramIsACrash() {
        List<String> command = List.of("/no/such/agent-binary");
        NodeBinding node = AdapterFixtures.researcher(
                AdapterFixtures.researchDesign(AdapterSettings.process(command), Duration.ofSeconds(5)));
        AgentReply reply = new ProcessAdapter(node, command, Duration.ofSeconds(5), Runnable::run)
                .invoke(AdapterFixtures.workCall(null)).join();
        assertThat(reply.kind()).isEqualTo(ReplyKind.CRASH);
        assertThat(reply.reason()).startsWith("cannot start /no/such/agent-binary");
    }
}
