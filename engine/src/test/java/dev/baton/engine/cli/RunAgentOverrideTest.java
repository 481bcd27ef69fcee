// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.adapter.AdapterFixtures;
import dev.baton.engine.adapter.StubServer;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.AgentSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton run --agent-override}: the same design with its scripts, then with a (stub) model server. */
class RunAgentOverrideTest {
    private static final String ENVELOPE = "{\\\"status\\\":\\\"handoff\\\",\\\"handoffTo\\\":\\\"writer\\\","
            + "\\\"result\\\":{\\\"summary\\\":\\\"tides are lunar\\\"},\\\"confidence\\\":0.9,\\\"reason\\\":\\\"\\\"}";

    @TempDir
    Path dir;

    private Path design(String baseUrl) throws Exception {
        Design d = AdapterFixtures.researchDesign(AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl(baseUrl),
                Duration.ofSeconds(20));
        // A local server needs no key.
        d = d.updateNode(NodeId.of("researcher"), n -> n.withSpec(((AgentSpec) n.spec()).withInvocation(
                ((AgentSpec) n.spec()).invocation().withCredentials(Optional.empty()))));
        Path file = dir.resolve("research.baton.json");
        DesignFiles.save(file, d);
        return file;
    }

    @Test
    void starScriptedRunsWithoutTheServerAndTheDesignSettingCallsIt() throws Exception {
        try (StubServer stub = StubServer.start()) {
            stub.answerJson("{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":"
                    + "[{\"index\":0,\"finish_reason\":\"stop\",\"logprobs\":null,\"message\":{\"role\":\"assistant\","
                    + "\"refusal\":null,\"content\":\"" + ENVELOPE + "\"}}],\"usage\":{\"prompt_tokens\":300,"
                    + "\"completion_tokens\":40,\"total_tokens\":340}}");
            Path file = design(stub.base("/v1").toString());
            String db = dir.resolve("baton").toString();

            Cli.Result scripted = Cli.run(new RunCommand(), file.toString(), "--db", db, "--progress", "NEVER",
                    "--agent-override", "*=scripted");
            assertThat(scripted.exitCode()).as(scripted.out() + scripted.err()).isZero();
            assertThat(stub.received()).isEmpty();

            Cli.Result real = Cli.run(new RunCommand(), file.toString(), "--db", db, "--progress", "NEVER");
            assertThat(real.exitCode()).as(real.out() + real.err()).isZero();
            assertThat(stub.received()).hasSize(1);
            assertThat(real.out()).contains("completed");
        }
    }

    @Test
    void overrideNamingAnUnknownNodeIsAUsageError() throws Exception {
        Cli.Result r = Cli.run(new RunCommand(), design("http://127.0.0.1:9/v1").toString(), "--db",
                dir.resolve("baton").toString(), "--agent-override", "ghost=openai");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--agent-override \"ghost=openai\": the design has no node \"ghost\"");
    }
}
