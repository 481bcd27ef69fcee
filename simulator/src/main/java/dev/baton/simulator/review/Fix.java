// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.Design;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A one-step fix for a finding: a pure function from the reviewed design to a repaired one. The app wraps it as
 * one undoable edit; the CLI never applies it. Applying a fix to the design it was found on removes its finding
 * and introduces no other (the review tests check this for every fix of every sample design).
 *
 * @param label what the fix does, as an imperative ("Set the global hop cap to 12")
 * @param edit the edit itself; it must not depend on anything but its argument
 */
public record Fix(String label, UnaryOperator<Design> edit) {
    public Fix {
        Objects.requireNonNull(label, "fix label must not be null");
        Objects.requireNonNull(edit, "fix edit must not be null");
    }

    /** The repaired design. */
    public Design apply(Design design) {
        return edit.apply(design);
    }
}
