// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.EdgeKind;

/**
 * How an edge kind is drawn: colour token, dash pattern, width and arrowhead. Control-flow edges (delegate,
 * handoff) are solid and heavier; conversations (consult) and escalations are dashed; data access (read, write,
 * call) is dotted or thin, so a reader tells the patterns apart at a glance.
 */
public enum EdgeStyle {
    DELEGATE(EdgeKind.DELEGATE, new double[0], 2.0, Arrow.FILLED),
    HANDOFF(EdgeKind.HANDOFF, new double[0], 2.6, Arrow.FILLED),
    CONSULT(EdgeKind.CONSULT, new double[] {8, 5}, 1.6, Arrow.OPEN),
    VALIDATE(EdgeKind.VALIDATE, new double[0], 1.8, Arrow.FILLED),
    ESCALATE(EdgeKind.ESCALATE, new double[] {10, 4, 2, 4}, 1.8, Arrow.FILLED),
    CALL(EdgeKind.CALL, new double[] {2, 4}, 1.6, Arrow.OPEN),
    READ(EdgeKind.READ, new double[] {6, 4}, 1.4, Arrow.OPEN),
    WRITE(EdgeKind.WRITE, new double[0], 1.4, Arrow.FILLED),
    OUTPUT(EdgeKind.OUTPUT, new double[0], 1.8, Arrow.FILLED);

    /** Arrowhead shapes. */
    public enum Arrow { FILLED, OPEN }

    private final EdgeKind kind;
    private final double[] dashes;
    private final double width;
    private final Arrow arrow;

    EdgeStyle(EdgeKind kind, double[] dashes, double width, Arrow arrow) {
        this.kind = kind;
        this.dashes = dashes;
        this.width = width;
        this.arrow = arrow;
    }

    public static EdgeStyle of(EdgeKind kind) {
        for (EdgeStyle s : values()) {
            if (s.kind == kind) {
                return s;
            }
        }
        throw new AssertionError("unhandled " + kind);
    }

    public EdgeKind kind() {
        return kind;
    }

    public String colorToken() {
        return "-baton-edge-" + kind.jsonName();
    }

    /** The dash pattern in world units; empty = solid. */
    public double[] dashes() {
        return dashes.clone();
    }

    public double width() {
        return width;
    }

    public Arrow arrow() {
        return arrow;
    }
}
