// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;

/** Replaces the whole design (restoring unsaved work after a crash), as one undoable step. */
public record ReplaceDesign(Design design, String label) implements GraphEdit {
    @Override
    public Design apply(Design current) {
        return design;
    }
}
