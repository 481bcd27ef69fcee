// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

/**
 * A directed edge between two nodes. Endpoints are ids; whether they exist and whether the kind is legal between
 * them is a structural validation finding, not a construction error, so that a broken file can still be opened and
 * repaired in the designer.
 *
 * @param label text shown on the canvas (for a handoff, the condition)
 * @param constraintPassing how the task's constraints travel along this edge
 */
public record Edge(EdgeId id, EdgeKind kind, NodeId from, NodeId to, String label,
        ConstraintPassing constraintPassing, Extensions extensions) {

    public Edge {
        Require.nonNull("edge id", id);
        Require.nonNull("edge kind", kind);
        Require.nonNull("edge from", from);
        Require.nonNull("edge to", to);
        Require.nonNull("edge label", label);
        Require.nonNull("edge constraintPassing", constraintPassing);
        Require.nonNull("edge extensions", extensions);
    }

    public Edge(EdgeId id, EdgeKind kind, NodeId from, NodeId to) {
        this(id, kind, from, to, "", ConstraintPassing.TYPED, Extensions.NONE);
    }

    public Edge withLabel(String value) {
        return new Edge(id, kind, from, to, value, constraintPassing, extensions);
    }

    public Edge withConstraintPassing(ConstraintPassing value) {
        return new Edge(id, kind, from, to, label, value, extensions);
    }

    public Edge withEndpoints(NodeId newFrom, NodeId newTo) {
        return new Edge(id, kind, newFrom, newTo, label, constraintPassing, extensions);
    }
}
