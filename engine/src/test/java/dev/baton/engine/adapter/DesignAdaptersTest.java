// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.adapter.spi.JavaAgents;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DesignAdaptersTest {
    private static final AgentAdapter SCRIPTED = call -> CompletableFuture.completedFuture(
            AgentReply.success("scripted", 1.0, 0, 0, 0));
    private static final DesignAdapters.Resources RESOURCES = new DesignAdapters.Resources(AdapterFixtures.key(),
            HttpExchange.create(), JavaAgents.load(DesignAdaptersTest.class.getClassLoader()), Runnable::run);

    private static Design design(AdapterSettings researcher) {
        return AdapterFixtures.researchDesign(researcher, Duration.ofSeconds(5));
    }

    @Test
    void designSettingPicksTheAdapterAndEverythingElseIsScripted() {
        DesignAdapters adapters = DesignAdapters.create(design(AdapterSettings.of(AdapterKind.OPENAI)),
                AgentOverrides.NONE, SCRIPTED, RESOURCES);
        assertThat(adapters.kinds()).isEqualTo(Map.of(NodeId.of("researcher"), AdapterKind.OPENAI));
    }

    @Test
    void overrideStarScriptedRunsEveryNodeScripted() {
        Design d = design(AdapterSettings.of(AdapterKind.OPENAI));
        DesignAdapters adapters = DesignAdapters.create(d, AgentOverrides.parse(List.of("*=scripted"), d), SCRIPTED,
                RESOURCES);
        assertThat(adapters.kinds()).isEmpty();
        assertThat(adapters.invoke(AdapterFixtures.workCall(null)).join().result()).isEqualTo("scripted");
    }

    @Test
    void namedOverrideWinsOverStarAndStarSkipsNodesWithoutAModel() {
        Design d = design(AdapterSettings.of(AdapterKind.SCRIPTED));
        DesignAdapters adapters = DesignAdapters.create(d,
                AgentOverrides.parse(List.of("*=openai", "writer=anthropic"), d), SCRIPTED, RESOURCES);
        assertThat(adapters.kinds()).isEqualTo(Map.of(NodeId.of("researcher"), AdapterKind.OPENAI,
                NodeId.of("writer"), AdapterKind.ANTHROPIC));
    }

    @Test
    void javaProviderFromTheServiceLoaderAnswers() {
        AdapterSettings java = new AdapterSettings(AdapterKind.JAVA, Optional.empty(), List.of(), Optional.of("echo"),
                OptionalDouble.empty());
        DesignAdapters adapters = DesignAdapters.create(design(java), AgentOverrides.NONE, SCRIPTED, RESOURCES);
        AgentReply reply = adapters.invoke(AdapterFixtures.workCall("tides")).join();
        assertThat(reply.result()).isEqualTo(Map.of("summary", "tides", "node", "researcher"));
    }

    @Test
    void unknownJavaProviderFailsBeforeTheRunNamingWhatIsThere() {
        AdapterSettings java = new AdapterSettings(AdapterKind.JAVA, Optional.empty(), List.of(), Optional.of("nope"),
                OptionalDouble.empty());
        assertThatThrownBy(() -> DesignAdapters.create(design(java), AgentOverrides.NONE, SCRIPTED, RESOURCES))
                .hasMessage("researcher names the Java agent provider \"nope\", but none is on the class path "
                        + "(found: echo)");
    }

    @Test
    void processOverrideWithoutACommandIsRefused() {
        Design d = design(AdapterSettings.of(AdapterKind.OPENAI));
        assertThatThrownBy(() -> DesignAdapters.create(d, AgentOverrides.parse(List.of("researcher=process"), d),
                SCRIPTED, RESOURCES)).hasMessage("researcher cannot use the process adapter: its settings name no "
                        + "command (set settings.adapter in the design)");
    }

    @Test
    void toolCannotBeNamedForAModelAdapter() {
        Design d = design(AdapterSettings.of(AdapterKind.OPENAI));
        assertThatThrownBy(() -> DesignAdapters.create(d, AgentOverrides.parse(List.of("search=openai"), d),
                SCRIPTED, RESOURCES)).hasMessage("search is a tool, which cannot use the openai adapter (only "
                        + "model-backed nodes can)");
    }

    @Test
    void badOverridesAreNamed() {
        Design d = design(AdapterSettings.of(AdapterKind.OPENAI));
        assertThatThrownBy(() -> AgentOverrides.parse(List.of("researcher"), d))
                .hasMessage("--agent-override \"researcher\" must look like NODE=ADAPTER (for example "
                        + "researcher=openai or *=scripted)");
        assertThatThrownBy(() -> AgentOverrides.parse(List.of("ghost=openai"), d))
                .hasMessage("--agent-override \"ghost=openai\": the design has no node \"ghost\"");
        assertThatThrownBy(() -> AgentOverrides.parse(List.of("researcher=bedrock"), d))
                .hasMessageStartingWith("--agent-override \"researcher=bedrock\": unknown adapter kind \"bedrock\"");
    }
}
