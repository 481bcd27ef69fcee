// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.util.Locale;

/**
 * How the task's constraints travel along an edge: as typed fields (verbatim, cannot be lost) or folded into the
 * prose of the payload (a downstream summary can drop them: context rot).
 */
public enum ConstraintPassing {
    TYPED, PROSE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConstraintPassing fromJson(String name) {
        for (ConstraintPassing c : values()) {
            if (c.jsonName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown constraint passing \"" + name + "\" (expected typed or prose)");
    }
}
