// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import dev.baton.model.spec.NodeSpec;

/**
 * A node of a design: identity, canvas placement and kind-specific settings.
 *
 * @param label the name shown on the canvas
 * @param extensions unknown fields of this node from a newer format version, kept for save
 */
public record Node(NodeId id, String label, Position position, NodeSpec spec, Extensions extensions) {
    public Node {
        Require.nonNull("node id", id);
        Require.nonNull("node label", label);
        Require.nonNull("node position", position);
        Require.nonNull("node spec", spec);
        Require.nonNull("node extensions", extensions);
    }

    public Node(NodeId id, String label, Position position, NodeSpec spec) {
        this(id, label, position, spec, Extensions.NONE);
    }

    public NodeKind kind() {
        return spec.kind();
    }

    public Node withLabel(String value) {
        return new Node(id, value, position, spec, extensions);
    }

    public Node withPosition(Position value) {
        return new Node(id, label, value, spec, extensions);
    }

    /** A copy with new settings; the spec's kind must stay the same. */
    public Node withSpec(NodeSpec value) {
        if (value.kind() != spec.kind()) {
            throw new IllegalArgumentException("a node's kind cannot change: " + id + " is a " + spec.kind().jsonName()
                    + ", not a " + value.kind().jsonName());
        }
        return new Node(id, label, position, value, extensions);
    }
}
