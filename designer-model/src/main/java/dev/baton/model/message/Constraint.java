// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import dev.baton.model.Require;
import java.util.regex.Pattern;

/**
 * A constraint that travels with the task as a typed field, verbatim, to every downstream agent ("never modify
 * files in /prod"). Typed constraints cannot be paraphrased away; constraints folded into prose can (context rot).
 *
 * @param id a stable key ("no-prod-writes")
 * @param text the constraint, word for word
 * @param hard whether breaking it makes the result wrong (as opposed to a preference)
 */
public record Constraint(String id, String text, boolean hard) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

    public Constraint {
        Require.nonNull("constraint id", id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("constraint id must match " + ID.pattern() + ", but was \"" + id + "\"");
        }
        Require.nonBlank("constraint text", text);
    }
}
