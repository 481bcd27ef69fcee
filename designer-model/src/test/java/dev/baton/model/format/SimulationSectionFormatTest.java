// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.Design;
import dev.baton.model.SimulationData;
import org.junit.jupiter.api.Test;

/**
 * The {@code simulation} section is known but opaque here: kept as canonical JSON, written after {@code scripts},
 * omitted when empty, never reported as an unknown field, whatever it holds.
 */
class SimulationSectionFormatTest {
    private static final String SECTION = "{\"profiles\":{\"agent-0\":{\"latency\":{\"p50\":\"2s\",\"p95\":\"9s\"},"
            + "\"futureKnob\":[1,2.50,true,null]}},\"faultPlans\":[{\"name\":\"worker crash\",\"faults\":"
            + "[{\"kind\":\"crash\",\"node\":\"agent-0\",\"at\":\"15s\"}]}]}";

    @Test
    void sectionIsKeptCanonicallyAndRoundTripsByteIdentical() throws Exception {
        Design d = TestDesigns.everything().withSimulation(new SimulationData(CanonicalJson.compact(SECTION, "s")));
        String text = DesignFiles.toJson(d);

        LoadedDesign loaded = DesignFiles.fromJson(text, "sim.baton.json");

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.design()).isEqualTo(d);
        assertThat(loaded.design().extensions().isEmpty()).isTrue();
        assertThat(DesignFiles.toJson(loaded.design())).isEqualTo(text);
        // Unknown keys inside the section are the simulator's business: this module keeps them as written.
        assertThat(loaded.design().simulation().json()).contains("\"futureKnob\":[1,2.5,true,null]");
    }

    @Test
    void sectionIsWrittenPrettyAfterScriptsAndBeforeKeptTopLevelFields() throws Exception {
        String source = DesignFiles.toJson(TestDesigns.everything()).replaceFirst("\\n}\\s*$",
                ",\n  \"layout\": 1,\n  \"simulation\": " + SECTION + "\n}\n");
        Design d = DesignFiles.fromJson(source, "f").design();

        String text = DesignFiles.toJson(d);

        int scripts = text.indexOf("\n  \"scripts\": {");
        int simulation = text.indexOf("\n  \"simulation\": {\n    \"profiles\": {\n      \"agent-0\": {");
        int layout = text.indexOf("\n  \"layout\": 1");
        assertThat(scripts).isPositive();
        assertThat(simulation).isGreaterThan(scripts);
        assertThat(layout).isGreaterThan(simulation);
    }

    @Test
    void emptySectionIsOmitted() throws Exception {
        String text = DesignFiles.toJson(TestDesigns.chain("c", 1));
        String withEmpty = text.replaceFirst("\\n}\\s*$", ",\n  \"simulation\": {}\n}\n");

        Design d = DesignFiles.fromJson(withEmpty, "empty.baton.json").design();

        assertThat(d.simulation().isEmpty()).isTrue();
        assertThat(DesignFiles.toJson(d)).isEqualTo(text).doesNotContain("simulation");
    }

    @Test
    void sectionThatIsNotAnObjectIsAnErrorAtItsPath() {
        String text = DesignFiles.toJson(TestDesigns.chain("c", 1)).replaceFirst("\\n}\\s*$",
                ",\n  \"simulation\": [1]\n}\n");

        assertThatThrownBy(() -> DesignFiles.fromJson(text, "bad.baton.json"))
                .isInstanceOfSatisfying(DesignLoadException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$.simulation");
                    assertThat(e.getMessage()).contains("bad.baton.json").contains("a simulation object");
                });
    }

    @Test
    void sectionTextMustBeAnObject() {
        assertThatThrownBy(() -> new SimulationData("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> CanonicalJson.compact("{\"a\":", "the simulation section"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the simulation section");
    }
}
