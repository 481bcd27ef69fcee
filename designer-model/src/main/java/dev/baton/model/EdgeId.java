// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.util.regex.Pattern;

/**
 * The stable identifier of an edge. Ids are written to the design file and never regenerated on save, so
 * diffs stay small. Allowed: a letter or digit, then up to 127 letters, digits, {@code _ - .}.
 */
public record EdgeId(String value) implements Comparable<EdgeId> {
    static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,127}");

    public EdgeId {
        Require.nonNull("edge id", value);
        if (!SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("edge id must match " + SYNTAX.pattern() + ", but was \"" + value + "\"");
        }
    }

    public static EdgeId of(String value) {
        return new EdgeId(value);
    }

    @Override
    public int compareTo(EdgeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
