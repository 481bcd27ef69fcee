// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The history of one open design. It owns the current design: every change goes through {@link #execute}, which
 * stores {@code (edit, before, after)} plus the selection around it, so undo and redo only swap references.
 *
 * <p>Bounded ({@link #DEFAULT_LIMIT} steps); a save sets a mark, and {@link #dirtyProperty()} says whether the
 * current design differs from the marked one. Executing from inside a listener of this stack throws (reentrancy
 * guard), because a nested edit would interleave two histories. Not threadsafe: use it on the FX thread.
 */
public final class CommandStack {
    /** How many undo steps are kept. */
    public static final int DEFAULT_LIMIT = 500;

    /** One step of the history. */
    public record Step(GraphEdit edit, Design before, Design after, Selection selectionBefore,
            Selection selectionAfter) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Design marked;
    private boolean mergeable;
    private boolean busy;

    public CommandStack(Design initial) {
        this(initial, DEFAULT_LIMIT);
    }

    public CommandStack(Design initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("history limit must be >= 1, but was " + limit);
        }
        this.limit = limit;
        design.set(Objects.requireNonNull(initial, "initial design"));
        marked = initial;
    }

    /**
     * Applies {@code edit} to the current design and records it. If the previous step accepts a merge (and no
     * undo, redo or mark happened since), the two become one step.
     *
     * @return the step now on top of the history
     */
    public Step execute(GraphEdit edit, Selection selectionBefore, Selection selectionAfter) {
        guard();
        busy = true;
        try {
            Design before = design.get();
            Design after = edit.apply(before);
            Step step = new Step(edit, before, after, selectionBefore, selectionAfter);
            if (mergeable && !undo.isEmpty()) {
                Step previous = undo.peek();
                var merged = previous.edit().mergeWith(edit);
                if (merged.isPresent()) {
                    undo.pop();
                    step = new Step(merged.get(), previous.before(), after, previous.selectionBefore(),
                            selectionAfter);
                }
            }
            undo.push(step);
            while (undo.size() > limit) {
                undo.removeLast();
            }
            redo.clear();
            mergeable = true;
            design.set(after);
            return step;
        } finally {
            busy = false;
            refresh();
        }
    }

    /** Goes one step back; returns the selection to restore, or null when there is nothing to undo. */
    public Selection undo() {
        guard();
        if (undo.isEmpty()) {
            return null;
        }
        busy = true;
        try {
            Step step = undo.pop();
            redo.push(step);
            mergeable = false;
            design.set(step.before());
            return step.selectionBefore();
        } finally {
            busy = false;
            refresh();
        }
    }

    /** Goes one step forward again; returns the selection to restore, or null when there is nothing to redo. */
    public Selection redo() {
        guard();
        if (redo.isEmpty()) {
            return null;
        }
        busy = true;
        try {
            Step step = redo.pop();
            undo.push(step);
            mergeable = false;
            design.set(step.after());
            return step.selectionAfter();
        } finally {
            busy = false;
            refresh();
        }
    }

    /** Starts a new history with {@code initial} as the saved state (New, Open). */
    public void reset(Design initial) {
        guard();
        undo.clear();
        redo.clear();
        mergeable = false;
        marked = Objects.requireNonNull(initial, "initial design");
        busy = true;
        try {
            design.set(initial);
        } finally {
            busy = false;
            refresh();
        }
    }

    /** Marks the current design as saved. */
    public void mark() {
        marked = design.get();
        mergeable = false;
        refresh();
    }

    /** Ends merging: the next edit starts a new undo step even if it could merge (focus left a field). */
    public void seal() {
        mergeable = false;
    }

    public Design design() {
        return design.get();
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** Whether the current design differs from the one at the last {@link #mark()}. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    private void guard() {
        if (busy) {
            throw new IllegalStateException("the command stack is busy: an edit was issued from inside another "
                    + "edit's change listener");
        }
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().edit().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().edit().label());
        // Identity, not equals: records compare deeply, which is linear in the design's size on every edit.
        dirty.set(design.get() != marked);
    }
}
