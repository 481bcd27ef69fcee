// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.TestDesigns;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.NodeKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesViewModelTest {
    @TempDir
    Path dir;

    private final DocumentViewModel document = new DocumentViewModel(new ModelValidation());

    private FilesViewModel files() {
        ModelDesignStore store = new ModelDesignStore();
        return new FilesViewModel(document, store, new RecentFiles(dir.resolve("settings/recent.txt")),
                new Recovery(dir.resolve("settings/recovery"), store));
    }

    @Test
    void saveAsAddsTheExtensionAndReopensTheSameDesign() throws Exception {
        FilesViewModel files = files();
        document.load(TestDesigns.orchestratorWithTwoAgents(), null);
        assertThat(files.save()).isFalse();
        files.saveAs(dir.resolve("two"));
        Path saved = dir.resolve("two.baton.json");
        assertThat(saved).exists();
        assertThat(document.history().isDirty()).isFalse();
        assertThat(files.recent().files()).containsExactly(saved.toAbsolutePath());

        files.newDesign();
        files.open(saved);
        assertThat(document.design()).isEqualTo(TestDesigns.orchestratorWithTwoAgents());
        assertThat(document.fileProperty().get()).isEqualTo(saved);
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndLeftUntouched() throws Exception {
        FilesViewModel files = files();
        document.load(TestDesigns.orchestratorWithTwoAgents(), null);
        Path broken = dir.resolve("broken.baton.json");
        String text = "{\n  \"formatVersion\": 1,\n  \"name\": 42\n}\n";
        Files.writeString(broken, text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.open(broken)).isInstanceOf(DesignStore.LoadFailure.class)
                .hasMessageContaining("broken.baton.json").hasMessageContaining(":3:");
        assertThat(Files.readString(broken, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(document.design()).isEqualTo(TestDesigns.orchestratorWithTwoAgents());
    }

    @Test
    void autosaveWritesUnsavedWorkThatCanBeRestoredAfterACrash() throws Exception {
        FilesViewModel files = files();
        Path file = dir.resolve("work.baton.json");
        document.load(TestDesigns.orchestratorWithTwoAgents(), null);
        files.saveAs(file);
        document.addNode(NodeKind.TOOL, 0, 0, false);
        files.autosave();

        DocumentViewModel afterCrash = new DocumentViewModel(new ModelValidation());
        ModelDesignStore store = new ModelDesignStore();
        FilesViewModel next = new FilesViewModel(afterCrash, store, new RecentFiles(dir.resolve("settings/recent.txt")),
                new Recovery(dir.resolve("settings/recovery"), store));
        var leftover = next.leftover().orElseThrow();
        assertThat(leftover.origin()).contains(file);
        next.restore(leftover);
        assertThat(afterCrash.design().nodes()).hasSize(6);
        assertThat(afterCrash.history().isDirty()).isTrue();
        assertThat(afterCrash.fileProperty().get()).isEqualTo(file);
        afterCrash.undo();
        assertThat(afterCrash.design().nodes()).hasSize(5);

        next.saveAs(file);
        assertThat(next.leftover()).isEmpty();
    }

    @Test
    void aCleanDocumentIsNotAutosaved() throws Exception {
        FilesViewModel files = files();
        document.load(TestDesigns.orchestratorWithTwoAgents(), null);
        files.autosave();
        assertThat(files.leftover()).isEmpty();
    }

    @Test
    void everyBundledTemplateOpensWithoutStructuralErrors() throws Exception {
        var templates = Templates.onClasspath();
        assertThat(templates).extracting(Templates.Template::name).contains("Support handoff", "Retry storm");
        assertThat(templates.get(0).incident()).isFalse();
        FilesViewModel files = files();
        for (Templates.Template t : templates) {
            files.newFromTemplate(t);
            assertThat(document.fileProperty().get()).as(t.name()).isNull();
            assertThat(document.design().nodes()).as(t.name()).isNotEmpty();
        }
    }
}
