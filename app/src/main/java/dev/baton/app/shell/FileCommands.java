// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.document.DesignStore;
import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.document.FilesViewModel;
import dev.baton.app.document.Templates;
import dev.baton.app.export.PngExport;
import dev.baton.app.export.SvgExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The File menu's commands: they ask through {@link Dialogs}, act through {@link FilesViewModel} and report in the
 * status bar. Every command that would drop the open design asks about unsaved changes first.
 */
final class FileCommands {
    /** Idle time after the last edit before unsaved work is written to the recovery folder. */
    static final Duration AUTOSAVE_IDLE = Duration.seconds(3);

    private final DocumentViewModel document;
    private final FilesViewModel files;
    private final DesignCanvas canvas;
    private final Dialogs dialogs;
    private final StatusBar status;
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_IDLE);

    FileCommands(DocumentViewModel document, FilesViewModel files, DesignCanvas canvas, Dialogs dialogs,
            StatusBar status) {
        this.document = document;
        this.files = files;
        this.canvas = canvas;
        this.dialogs = dialogs;
        this.status = status;
        files.messageProperty().addListener((obs, old, now) -> status.show(now, false));
        autosave.setOnFinished(e -> autosaveNow());
        document.designProperty().addListener((obs, old, now) -> autosave.playFromStart());
    }

    void newDesign() {
        if (confirmDiscard()) {
            files.newDesign();
            canvas.zoomToFit();
        }
    }

    void newFromTemplate(Templates.Template template) {
        if (!confirmDiscard()) {
            return;
        }
        try {
            files.newFromTemplate(template);
            canvas.zoomToOpen();
        } catch (DesignStore.LoadFailure e) {
            dialogs.showError("Cannot open template", e.getMessage());
        }
    }

    void open() {
        if (confirmDiscard()) {
            dialogs.chooseFileToOpen().ifPresent(this::openFile);
        }
    }

    void openRecent(Path file) {
        if (confirmDiscard()) {
            openFile(file);
        }
    }

    /** Opens {@code file} without asking about unsaved changes (start-up, tests). */
    boolean openFile(Path file) {
        try {
            List<String> warnings = files.open(file);
            canvas.zoomToOpen();
            if (!warnings.isEmpty()) {
                status.show("Opened " + file.getFileName() + ": " + String.join("; ", warnings), false);
            }
            return true;
        } catch (DesignStore.LoadFailure e) {
            status.show("Could not open " + file.getFileName(), true);
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Saves; returns false when the user cancelled or the save failed. */
    boolean save() {
        try {
            return files.save() || saveAs();
        } catch (IOException e) {
            dialogs.showError("Cannot save", e.getMessage());
            return false;
        }
    }

    boolean saveAs() {
        Optional<Path> target = dialogs.chooseFileToSave(document.design().name(), FilesViewModel.EXTENSION,
                "Baton designs");
        if (target.isEmpty()) {
            return false;
        }
        try {
            files.saveAs(target.get());
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save " + target.get().getFileName(), e.getMessage());
            return false;
        }
    }

    void exportPng() {
        dialogs.chooseFileToSave(document.design().name(), ".png", "PNG images").ifPresent(file -> {
            try {
                PngExport.write(canvas.model(), canvas.palette(), file);
                status.show("Exported " + file.getFileName(), false);
            } catch (IOException e) {
                dialogs.showError("Cannot export " + file.getFileName(), e.getMessage());
            }
        });
    }

    void exportSvg() {
        dialogs.chooseFileToSave(document.design().name(), ".svg", "SVG images").ifPresent(file -> {
            try {
                SvgExport.write(canvas.model(), canvas.palette(), file);
                status.show("Exported " + file.getFileName(), false);
            } catch (IOException e) {
                dialogs.showError("Cannot export " + file.getFileName(), e.getMessage());
            }
        });
    }

    /** Offers to restore what a crashed session left behind. */
    void offerRestore() {
        files.leftover().ifPresent(left -> {
            String what = "\"" + left.design().name() + "\" with " + left.design().nodes().size() + " nodes"
                    + left.origin().map(p -> ", from " + p).orElse("");
            if (dialogs.askRestore(what)) {
                files.restore(left);
                canvas.zoomToOpen();
            } else {
                files.clearRecovery();
            }
        });
    }

    /** Asks what to do with unsaved changes; true when it is fine to drop the open design. */
    boolean confirmDiscard() {
        if (!document.history().isDirty()) {
            return true;
        }
        Path file = document.fileProperty().get();
        String name = file == null ? document.design().name() : file.getFileName().toString();
        switch (dialogs.askUnsavedChanges(name)) {
            case SAVE:
                return save();
            case DISCARD:
                return true;
            case CANCEL:
                return false;
            default:
                throw new AssertionError("unhandled choice");
        }
    }

    /** The window is closing for good: stop autosaving and remove the recovery copy. */
    void closed() {
        autosave.stop();
        files.clearRecovery();
    }

    private void autosaveNow() {
        try {
            files.autosave();
        } catch (IOException e) {
            status.show("Autosave failed: " + e.getMessage(), true);
        }
    }
}
