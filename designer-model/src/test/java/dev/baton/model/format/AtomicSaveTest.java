// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.script.ScriptedReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void firstSaveWritesOnlyTheFile() throws Exception {
        Path file = dir.resolve("d.baton.json");
        DesignFiles.save(file, TestDesigns.chain("one", 1));
        assertThat(names()).containsExactly("d.baton.json");
        assertThat(Files.readString(file)).isEqualTo(DesignFiles.toJson(TestDesigns.chain("one", 1)));
    }

    @Test
    void secondSaveKeepsThePreviousFileAsBackup() throws Exception {
        Path file = dir.resolve("d.baton.json");
        DesignFiles.save(file, TestDesigns.chain("one", 1));
        DesignFiles.save(file, TestDesigns.chain("two", 2));
        DesignFiles.save(file, TestDesigns.chain("three", 3));
        assertThat(names()).containsExactly("d.baton.json", "d.baton.json.bak");
        assertThat(DesignFiles.load(file).design()).isEqualTo(TestDesigns.chain("three", 3));
        assertThat(DesignFiles.load(dir.resolve("d.baton.json.bak")).design()).isEqualTo(TestDesigns.chain("two", 2));
    }

    @Test
    void savingTheSameTextLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("d.baton.json");
        DesignFiles.save(file, TestDesigns.everything());
        Files.setLastModifiedTime(file, LONG_AGO);
        DesignFiles.save(file, DesignFiles.load(file).design());
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        assertThat(names()).containsExactly("d.baton.json");
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        Path file = dir.resolve("d.baton.json");
        DesignFiles.save(file, TestDesigns.chain("one", 1));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        DesignFiles.save(file, TestDesigns.chain("two", 1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void saveThroughASymbolicLinkReplacesTheTarget() throws Exception {
        Path target = Files.createDirectory(dir.resolve("real")).resolve("d.baton.json");
        DesignFiles.save(target, TestDesigns.chain("one", 1));
        Path link = Files.createSymbolicLink(dir.resolve("link.baton.json"), target);
        DesignFiles.save(link, TestDesigns.chain("two", 1));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(DesignFiles.load(target).design()).isEqualTo(TestDesigns.chain("two", 1));
    }

    @Test
    void designJsonCannotHoldFailsBeforeTouchingTheFile() throws Exception {
        Path file = dir.resolve("d.baton.json");
        DesignFiles.save(file, TestDesigns.chain("one", 1));
        byte[] before = Files.readAllBytes(file);
        ScriptedReply nan = ScriptedReply.success(DoubleNode.valueOf(Double.NaN), 1, 0, 0, Duration.ZERO);
        Design broken = TestDesigns.chain("one", 1).withScripts(new ScriptSet(Optional.empty(),
                Map.of(NodeId.of("agent-0"), new NodeScript(List.of(nan), false))));
        assertThatThrownBy(() -> DesignFiles.save(file, broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names()).containsExactly("d.baton.json");
    }

    @Test
    void saveIntoAMissingFolderFailsWithoutLeavingAnything() {
        Path file = dir.resolve("missing").resolve("d.baton.json");
        assertThatThrownBy(() -> DesignFiles.save(file, TestDesigns.chain("one", 1)))
                .isInstanceOf(java.io.IOException.class);
        assertThat(names()).isEmpty();
    }

    @Test
    void temporariesOfDeadProcessesAreRemovedByTheNextSave() throws Exception {
        Path file = dir.resolve("d.baton.json");
        // A pid above the Linux maximum (2^22) cannot belong to a running process.
        Files.writeString(dir.resolve(".d.baton.json.99999999.1.tmp"), "{\"half\": ");
        Files.writeString(dir.resolve(".d.baton.json.bak.99999999.2.tmp"), "{");
        Path ours = dir.resolve(".other.baton.json.99999999.1.tmp");
        Files.writeString(ours, "not ours to remove");
        DesignFiles.save(file, TestDesigns.chain("one", 1));
        assertThat(names()).containsExactly(".other.baton.json.99999999.1.tmp", "d.baton.json");
    }

    private List<String> names() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
