// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the main window asks the user; an interface so that UI tests can answer without native dialogs. */
public interface Dialogs {
    /** The answer to "save changes before closing?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen();

    /** Where to save; {@code suggestedName} is the design's name. */
    Optional<Path> chooseFileToSave(String suggestedName, String extension, String description);

    UnsavedChoice askUnsavedChanges(String documentName);

    /** Whether to restore work a crashed session left behind. */
    boolean askRestore(String description);

    void showError(String title, String message);

    /** The real dialogs, owned by {@code owner}. */
    static Dialogs forWindow(javafx.stage.Window owner) {
        return new FxDialogs(owner);
    }
}
