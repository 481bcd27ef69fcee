// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AdapterSettingsTest {
    @Test
    void processAdapterNeedsACommand() {
        assertThatThrownBy(() -> AdapterSettings.of(AdapterKind.PROCESS))
                .hasMessage("a process adapter needs a command, but it was empty");
    }

    @Test
    void commandIsOnlyForProcessAdapters() {
        assertThatThrownBy(() -> new AdapterSettings(AdapterKind.OPENAI, Optional.empty(), List.of("x"),
                Optional.empty(), OptionalDouble.empty()))
                .hasMessage("adapter command is only for process adapters, but the kind was openai");
    }

    @Test
    void javaAdapterNeedsAProvider() {
        assertThatThrownBy(() -> AdapterSettings.of(AdapterKind.JAVA))
                .hasMessage("a java adapter needs a provider name, but it was empty");
    }

    @Test
    void baseUrlIsOnlyForHttpAdapters() {
        assertThatThrownBy(() -> AdapterSettings.of(AdapterKind.SCRIPTED).withBaseUrl("http://localhost:1"))
                .hasMessage("adapter baseUrl is only for openai and anthropic adapters, but the kind was scripted");
    }

    @Test
    void baseUrlWithUserInfoIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl("https://sk-abc123@api.example"))
                .hasMessageContaining("must not carry user info").hasMessageNotContaining("sk-abc123");
        assertThatThrownBy(() -> AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl("https://api.example/?key=sk-9"))
                .hasMessageNotContaining("sk-9");
        assertThatThrownBy(() -> AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl("file:///etc/passwd"))
                .hasMessage("adapter baseUrl must be an http or https URL with a host, but the scheme was \"file\"");
    }

    @Test
    void temperatureMustBeBetweenZeroAndTwo() {
        assertThatThrownBy(() -> new AdapterSettings(AdapterKind.OPENAI, Optional.empty(), List.of(),
                Optional.empty(), OptionalDouble.of(2.5)))
                .hasMessage("adapter temperature must be between 0 and 2, but was 2.5");
    }

    @Test
    void ollamaBaseUrlIsAccepted() {
        AdapterSettings s = AdapterSettings.of(AdapterKind.OPENAI).withBaseUrl("http://127.0.0.1:11434/v1");
        assertThat(s.baseUrl()).contains("http://127.0.0.1:11434/v1");
    }
}
