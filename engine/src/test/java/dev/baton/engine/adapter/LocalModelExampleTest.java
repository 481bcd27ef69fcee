// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.adapter.spi.JavaAgents;
import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.format.DesignFiles;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.AdapterKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The design docs/local-models.md runs: it loads, compiles and calls its agent at the Ollama URL it documents. */
class LocalModelExampleTest {
    private static Design example() throws Exception {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path file = d.resolve("docs/examples/local-ollama.baton.json");
            if (Files.isRegularFile(file)) {
                return DesignFiles.load(file).design();
            }
        }
        throw new IllegalStateException("docs/examples/local-ollama.baton.json not found");
    }

    private static DesignAdapters adapters(Design d, List<String> overrides) {
        return DesignAdapters.create(d, AgentOverrides.parse(overrides, d), new ScriptedAgents(d),
                new DesignAdapters.Resources(name -> java.util.Optional.empty(), HttpExchange.create(),
                        JavaAgents.load(LocalModelExampleTest.class.getClassLoader()), Runnable::run));
    }

    @Test
    void exampleLoadsCompilesAndUsesTheOpenAiAdapter() throws Exception {
        Design d = example();
        RunPlan.compile(d);
        assertThat(adapters(d, List.of()).kinds()).isEqualTo(Map.of(NodeId.of("summarizer"), AdapterKind.OPENAI));
        assertThat(adapters(d, List.of("*=scripted")).kinds()).isEmpty();
    }

    @Test
    void exampleCallsTheDocumentedOllamaEndpoint() throws Exception {
        Design d = example();
        NodeBinding node = NodeBinding.of(d, d.node(NodeId.of("summarizer")).orElseThrow());
        ModelCallSettings settings = ModelCallSettings.of(node, node.invocation().adapter().orElseThrow(), "");
        assertThat(settings.endpoint("chat/completions").toString())
                .isEqualTo("http://127.0.0.1:11434/v1/chat/completions");
        assertThat(settings.model()).isEqualTo("llama3.2:3b");
        AgentCall call = new AgentCall(RunId.of(1), 0, node.id(), NodeKind.AGENT, CallPurpose.WORK, 0, null,
                List.of(), List.of(), TrustLabel.HUMAN, 1, 1, 4000, List.of(), 1);
        assertThat(Prompt.of(node, call).system()).startsWith("Write a two-sentence summary");
    }
}
