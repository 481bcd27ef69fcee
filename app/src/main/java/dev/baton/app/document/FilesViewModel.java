// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import dev.baton.app.edit.ReplaceDesign;
import dev.baton.app.edit.Selection;
import dev.baton.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, open, save, templates, recent files and crash recovery for the one open document. Dialogs are the view's
 * job: this class says what happened (a message, or an error naming the file, line and path) and never changes a
 * file it failed to read.
 */
public final class FilesViewModel {
    /** The extension every design file carries. */
    public static final String EXTENSION = ".baton.json";

    private final DocumentViewModel document;
    private final DesignStore store;
    private final RecentFiles recent;
    private final Recovery recovery;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public FilesViewModel(DocumentViewModel document, DesignStore store, RecentFiles recent, Recovery recovery) {
        this.document = document;
        this.store = store;
        this.recent = recent;
        this.recovery = recovery;
    }

    /** The outcome of a file action, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDesign() {
        document.load(Design.empty("Untitled"), null);
        message.set("New design");
        clearRecovery();
    }

    /** Starts an untitled design from a template (Save asks where to put it, so the template stays untouched). */
    public void newFromTemplate(Templates.Template template) throws DesignStore.LoadFailure {
        DesignStore.Loaded loaded = store.load(template.path());
        document.load(loaded.design(), null);
        message.set("New design from template \"" + template.name() + "\"");
        clearRecovery();
    }

    /**
     * Opens {@code file}. On failure the current document stays as it was and the loader's message (file, line,
     * path) is returned; the file is not touched.
     *
     * @return the loader's warnings on success
     */
    public List<String> open(Path file) throws DesignStore.LoadFailure {
        DesignStore.Loaded loaded = store.load(file);
        document.load(loaded.design(), file);
        recent.add(file);
        clearRecovery();
        message.set("Opened " + file.getFileName()
                + (loaded.warnings().isEmpty() ? "" : " with " + loaded.warnings().size() + " warning(s)"));
        return loaded.warnings();
    }

    /** Saves to the current file; false when the design has none yet (the view then asks, and calls saveAs). */
    public boolean save() throws IOException {
        Path file = document.fileProperty().get();
        if (file == null) {
            return false;
        }
        saveAs(file);
        return true;
    }

    public void saveAs(Path file) throws IOException {
        Path target = withExtension(file);
        store.save(target, document.design());
        document.saved(target);
        recent.add(target);
        clearRecovery();
        message.set("Saved " + target.getFileName());
    }

    /** Writes unsaved work to the recovery folder; does nothing when the document is clean. */
    public void autosave() throws IOException {
        if (document.history().isDirty()) {
            recovery.write(document.design(), Optional.ofNullable(document.fileProperty().get()));
        }
    }

    /** The work a crashed session left, if any. */
    public Optional<Recovery.Leftover> leftover() {
        return recovery.leftover();
    }

    /** Restores leftover work as an unsaved change on top of its original file (or as untitled). */
    public void restore(Recovery.Leftover leftover) {
        Design base = Design.empty(leftover.design().name());
        Path origin = leftover.origin().orElse(null);
        if (origin != null) {
            try {
                base = store.load(origin).design();
            } catch (DesignStore.LoadFailure e) {
                origin = null; // the original is gone or broken: restore as untitled
            }
        }
        document.load(base, origin);
        document.execute(new ReplaceDesign(leftover.design(), "Restore unsaved work"), Selection.EMPTY);
        message.set("Restored unsaved work");
    }

    /** The user closed cleanly or discarded the leftover. */
    public void clearRecovery() {
        try {
            recovery.clear();
        } catch (IOException e) {
            message.set("Could not clear the recovery folder: " + e.getMessage());
        }
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            return file;
        }
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(stem + EXTENSION);
    }
}
