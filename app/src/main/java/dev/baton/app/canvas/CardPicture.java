// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.validation.Problem;
import dev.baton.model.Node;
import dev.baton.model.Position;
import dev.baton.themes.CanvasPalette;
import javafx.scene.canvas.GraphicsContext;

/**
 * A node's card as {@link NodePainter} paints it, as a {@link Picture}: the node without its position (moving a
 * node keeps its picture), the theme's palette, the zoom, and the states that change the card: selected, a legal
 * target of the connection being drawn, the task owner, and the worst finding on it. The anchor is the card's
 * top-left corner; the box reaches past the card for the shadow, the ports and the markers on the top-right corner.
 */
record CardPicture(Node node, CanvasPalette palette, double scale, boolean selected, boolean legalTarget,
        boolean owner, Problem.Severity problem) implements Picture {
    private static final NodePainter PAINTER = new NodePainter();
    /** The ports stick out by their radius and half their stroke. */
    private static final double LEFT = NodeGeometry.PORT_RADIUS + 2;
    /** The owner and finding markers are discs of radius 10 centred on the top edge. */
    private static final double TOP = 11;
    private static final double RIGHT = 11;
    /** The shadow lies 3 units below the card. */
    private static final double BOTTOM = 4;

    static CardPicture of(Node node, CanvasPalette palette, double scale, boolean selected, boolean legalTarget,
            boolean owner, Problem.Severity problem) {
        Node placeless = node.position().equals(Position.ORIGIN) ? node : node.withPosition(Position.ORIGIN);
        return new CardPicture(placeless, palette, Picture.keyScale(scale), selected, legalTarget, owner, problem);
    }

    @Override
    public double left() {
        return -LEFT;
    }

    @Override
    public double top() {
        return -TOP;
    }

    @Override
    public double width() {
        return LEFT + NodeGeometry.width(node) + RIGHT;
    }

    @Override
    public double height() {
        return TOP + NodeGeometry.height(node) + BOTTOM;
    }

    @Override
    public void paint(GraphicsContext g) {
        PAINTER.paint(g, palette, node, 0, 0, NodeGeometry.width(node), NodeGeometry.height(node), selected,
                legalTarget, owner, problem);
    }
}
