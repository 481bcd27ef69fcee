// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.util.regex.Pattern;

/**
 * The stable identifier of a node. Ids are written to the design file and never regenerated on save, so
 * diffs stay small. Allowed: a letter or digit, then up to 127 letters, digits, {@code _ - .}.
 */
public record NodeId(String value) implements Comparable<NodeId> {
    static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,127}");

    public NodeId {
        Require.nonNull("node id", value);
        if (!SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("node id must match " + SYNTAX.pattern() + ", but was \"" + value + "\"");
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    // Written out: the record's generated equals and hashCode go through an invokedynamic bootstrap, and ids are
    // compared and hashed on every call the engine makes.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof NodeId && value.equals(((NodeId) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
