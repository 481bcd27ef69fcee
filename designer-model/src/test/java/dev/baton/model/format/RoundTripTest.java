// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.AgentSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldSurvivesTextRoundTrip() throws Exception {
        Design d = TestDesigns.everything();
        LoadedDesign loaded = DesignFiles.fromJson(DesignFiles.toJson(d), "everything.baton.json");
        assertThat(loaded.design()).isEqualTo(d);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.sourceFormatVersion()).isEqualTo(1);
    }

    @Test
    void adapterSettingsSurviveTextRoundTripInTheDocumentedOrder() throws Exception {
        Design d = TestDesigns.everythingWithAdapters();
        String json = DesignFiles.toJson(d);
        LoadedDesign loaded = DesignFiles.fromJson(json, "adapters.baton.json");
        assertThat(loaded.design()).isEqualTo(d);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(json).contains("\"adapter\": {\n          \"kind\": \"openai\",\n"
                + "          \"baseUrl\": \"http://127.0.0.1:11434/v1\",\n          \"temperature\": 0.2\n        }")
                .contains("\"command\": [\n            \"python3\",\n            \"agent.py\"\n          ]")
                .contains("\"provider\": \"fact-checker\"");
        assertThat(json.indexOf("\"credentials\"")).isLessThan(json.indexOf("\"adapter\""));
        assertThat(json.indexOf("\"adapter\"")).isLessThan(json.indexOf("\"instructions\""));
    }

    @Test
    void emptyAndDefaultDesignsSurviveRoundTrip() throws Exception {
        for (Design d : new Design[] {Design.empty("empty"), Design.empty("unset").withPolicy(TaskPolicy.UNSET),
            TestDesigns.chain("chain", 3)}) {
            assertThat(DesignFiles.fromJson(DesignFiles.toJson(d), "x").design()).isEqualTo(d);
        }
    }

    @Test
    void loadOfSaveEqualsTheDesign() throws Exception {
        Path file = dir.resolve("everything.baton.json");
        Design d = TestDesigns.everything();
        DesignFiles.save(file, d);
        assertThat(DesignFiles.load(file).design()).isEqualTo(d);
    }

    @Test
    void savingAnUnchangedLoadedFileIsByteIdentical() throws Exception {
        Path file = dir.resolve("d.baton.json");
        DesignFiles.save(file, TestDesigns.everything());
        byte[] before = Files.readAllBytes(file);
        Path copy = dir.resolve("copy.baton.json");
        DesignFiles.save(copy, DesignFiles.load(file).design());
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void canonicalTextHasTheDocumentedLayout() {
        String text = DesignFiles.toJson(TestDesigns.chain("layout", 1));
        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"name\": \"layout\",\n  \"policy\": {\n");
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\t").doesNotContain("null");
        assertThat(text).contains("\"costCeilingUsd\": 1,").contains("\"wallClockTimeout\": \"5m\",");
        assertThat(text).contains("\"position\": {\n        \"x\": 100,\n        \"y\": 0\n      }");
    }

    @Test
    void oneFieldEditGivesOneLineDiff() throws Exception {
        Design d = TestDesigns.everything();
        String before = DesignFiles.toJson(d);
        Design edited = d.withPolicy(d.policy().withHopCap(OptionalInt.of(13)));
        LineDiff diff = LineDiff.of(before, DesignFiles.toJson(edited));
        assertThat(diff.removed).containsExactly("    \"hopCap\": 12,");
        assertThat(diff.added).containsExactly("    \"hopCap\": 13,");

        Design renamed = d.updateNode(NodeId.of("researcher"),
                n -> n.withSpec(((AgentSpec) n.spec()).withRole("finds primary sources")));
        diff = LineDiff.of(before, DesignFiles.toJson(renamed));
        assertThat(diff.removed).containsExactly("        \"role\": \"finds sources\",");
        assertThat(diff.added).containsExactly("        \"role\": \"finds primary sources\",");
    }

    @Test
    void movingANodeChangesOnlyItsCoordinates() {
        Design d = TestDesigns.everything();
        Design moved = d.updateNode(NodeId.of("writer"), n -> n.withPosition(new Position(321.25, 200)));
        LineDiff diff = LineDiff.of(DesignFiles.toJson(d), DesignFiles.toJson(moved));
        assertThat(diff.removed).containsExactly("        \"x\": 320,");
        assertThat(diff.added).containsExactly("        \"x\": 321.3,");
    }

    @Test
    void contentHashIsTheSha256OfTheCanonicalText() throws Exception {
        Design d = TestDesigns.everything();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(DesignFiles.toJson(d).getBytes(StandardCharsets.UTF_8));
        assertThat(ContentHash.of(d)).hasSize(64).isEqualTo(String.format("%064x", new java.math.BigInteger(1, digest)));
        assertThat(ContentHash.of(d.withName("other"))).isNotEqualTo(ContentHash.of(d));
        assertThat(ContentHash.of(DesignFiles.fromJson(DesignFiles.toJson(d), "x").design()))
                .isEqualTo(ContentHash.of(d));
    }
}
