// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import dev.baton.model.spec.NodeSpec;
import java.util.Optional;

/**
 * A node of a design: identity, canvas placement and kind-specific settings.
 *
 * @param label the name shown on the canvas
 * @param size the box the user resized the node to; empty means the canvas's default size for the kind
 * @param extensions unknown fields of this node from a newer format version, kept for save
 */
public record Node(NodeId id, String label, Position position, Optional<Size> size, NodeSpec spec,
        Extensions extensions) {
    public Node {
        Require.nonNull("node id", id);
        Require.nonNull("node label", label);
        Require.nonNull("node position", position);
        Require.nonNull("node size", size);
        Require.nonNull("node spec", spec);
        Require.nonNull("node extensions", extensions);
    }

    /** A node of the kind's default size. */
    public Node(NodeId id, String label, Position position, NodeSpec spec, Extensions extensions) {
        this(id, label, position, Optional.empty(), spec, extensions);
    }

    public Node(NodeId id, String label, Position position, NodeSpec spec) {
        this(id, label, position, Optional.empty(), spec, Extensions.NONE);
    }

    public NodeKind kind() {
        return spec.kind();
    }

    public Node withLabel(String value) {
        return new Node(id, value, position, size, spec, extensions);
    }

    public Node withPosition(Position value) {
        return new Node(id, label, value, size, spec, extensions);
    }

    /** A copy with another box; empty goes back to the kind's default size. */
    public Node withSize(Optional<Size> value) {
        return new Node(id, label, position, value, spec, extensions);
    }

    /** A copy with new settings; the spec's kind must stay the same. */
    public Node withSpec(NodeSpec value) {
        if (value.kind() != spec.kind()) {
            throw new IllegalArgumentException("a node's kind cannot change: " + id + " is a " + spec.kind().jsonName()
                    + ", not a " + value.kind().jsonName());
        }
        return new Node(id, label, position, size, value, extensions);
    }
}
