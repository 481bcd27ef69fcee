// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import java.util.Optional;

/**
 * One user edit of a design, as a value. The model is immutable, so an edit only says how to get the next design
 * from the current one; the {@link CommandStack} keeps both designs and undo swaps the reference back, with no
 * hand-written inverse.
 */
public sealed interface GraphEdit
        permits AddElements, RemoveElements, MoveNodes, ResizeNode, ReplaceNode, ReplaceEdge, ReplacePolicy, RenameDesign,
                ReplaceDesign,
                CompositeEdit {

    /** The design after this edit; {@code design} is left untouched. */
    Design apply(Design design);

    /** What the Undo menu item says ("Undo " + label). */
    String label();

    /**
     * This edit followed by {@code next} as one edit, when the two belong to one user step (typing into one
     * field, nudging the same nodes); empty when they do not merge.
     */
    default Optional<GraphEdit> mergeWith(GraphEdit next) {
        return Optional.empty();
    }
}
