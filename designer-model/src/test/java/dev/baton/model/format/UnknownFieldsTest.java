// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.Design;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields of a newer version are kept where they were, written back at the end of their object, and reported. */
class UnknownFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** JSON pointer of the object in the file, the unknown key added there. */
    private static final String[][] PLACES = {
        {"", "layout"},
        {"/policy", "budgetAlerts"},
        {"/policy/circuitBreaker", "slowCallThreshold"},
        {"/policy/constraints/0", "scope"},
        {"/policy/observability", "sampler"},
        {"/nodes/1", "color"},
        {"/nodes/1/position", "z"},
        {"/nodes/1/settings", "temperature"},
        {"/nodes/1/settings/retry", "jitter"},
        {"/nodes/1/settings/credentials", "vault"},
        {"/nodes/2/settings/outputContract/fields/1", "minItems"},
        {"/edges/0", "weight"},
        {"/scripts", "seed"},
        {"/scripts/nodes/researcher/replies/0", "cost"},
    };

    @Test
    void unknownFieldsAreKeptReportedAndWrittenBackInPlace() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(DesignFiles.toJson(TestDesigns.everything()));
        file.put("formatVersion", 2);
        for (String[] place : PLACES) {
            ObjectNode owner = (ObjectNode) file.at(place[0]);
            owner.set(place[1], JSON.readTree("{\"v\": [1, 2.5, \"x\"], \"when\": \"" + place[0] + "\"}"));
        }
        LoadedDesign loaded = DesignFiles.fromJson(JSON.writeValueAsString(file), "newer.baton.json");

        assertThat(loaded.sourceFormatVersion()).isEqualTo(2);
        assertThat(loaded.warnings()).first().satisfies(w -> {
            assertThat(w.jsonPath()).isEqualTo("$.formatVersion");
            assertThat(w.message()).contains("newer");
        });
        assertThat(loaded.warnings()).extracting(LoadWarning::jsonPath).contains("$.layout", "$.policy.budgetAlerts",
                "$.nodes[1].settings.retry.jitter", "$.nodes[2].settings.outputContract.fields[1].minItems",
                "$.edges[0].weight", "$.scripts.nodes.researcher.replies[0].cost").hasSize(PLACES.length + 1);

        Design d = loaded.design();
        assertThat(d.extensions().fields()).containsKeys("/layout", "/policy/circuitBreaker/slowCallThreshold",
                "/scripts/nodes/researcher/replies/0/cost");
        assertThat(d.node(NodeId.of("lead")).orElseThrow().extensions().fields()).containsKeys("/color",
                "/position/z", "/settings/temperature", "/settings/retry/jitter", "/settings/credentials/vault");
        assertThat(d.edge(EdgeId.of("e1")).orElseThrow().extensions().fields())
                .containsEntry("/weight", "{\"v\":[1,2.5,\"x\"],\"when\":\"/edges/0\"}");

        String saved = DesignFiles.toJson(d);
        JsonNode written = JSON.readTree(saved);
        assertThat(written.get("formatVersion").asInt()).isEqualTo(1);
        for (String[] place : PLACES) {
            JsonNode owner = written.at(place[0]);
            assertThat(lastKey(owner)).as("last key of %s", place[0]).isEqualTo(place[1]);
            assertThat(owner.get(place[1]).get("when").asText()).isEqualTo(place[0]);
        }
        assertThat(DesignFiles.fromJson(saved, "again").design()).isEqualTo(d);
        assertThat(DesignFiles.toJson(DesignFiles.fromJson(saved, "again").design())).isEqualTo(saved);
    }

    @Test
    void objectNormallyOmittedIsWrittenWhenItHoldsAnUnknownField() throws Exception {
        String json = DesignFiles.toJson(TestDesigns.chain("c", 1)).replace("\"role\": \"role 0\"",
                "\"role\": \"role 0\",\n        \"retry\": {\"maxAttempts\": 1, \"backoff\": \"1s\", \"multiplier\": 1,"
                        + " \"jitter\": true}");
        Design d = DesignFiles.fromJson(json, "c").design();
        assertThat(d.node(NodeId.of("agent-0")).orElseThrow().extensions().fields())
                .containsOnlyKeys("/settings/retry/jitter");
        assertThat(JSON.readTree(DesignFiles.toJson(d)).at("/nodes/1/settings/retry/jitter").asBoolean()).isTrue();
    }

    @Test
    void currentVersionFileWithUnknownFieldWarnsOnlyAboutTheField() throws Exception {
        String json = DesignFiles.toJson(Design.empty("e")).replace("\"policy\": {", "\"policy\": {\"x\": null,");
        LoadedDesign loaded = DesignFiles.fromJson(json, "e");
        assertThat(loaded.warnings()).containsExactly(new LoadWarning("$.policy.x",
                "unknown field \"x\" (not part of format version 1); kept and written back on save"));
    }

    private static String lastKey(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys.get(keys.size() - 1);
    }
}
