// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where edge labels sit: on their edge, at the middle if the label is clear there of every node and of the labels
 * placed before it, else at the nearest point along the edge that is (an edge passing over a column it skips, two
 * edges leaving one port). Chosen once per design in the design's edge order, so labels do not move as the view
 * pans; a label with no clear point stays at the middle. Labels are sized by {@link EdgeLabels#approximateWidth}, a
 * little generously, so that the canvas and the SVG export agree without a font.
 */
final class LabelPlaces {
    /** Where along its curve a label may sit, best first: the middle, then ever further from it. */
    private static final double[] STOPS = stops();
    /** Air kept around a label, in world units. */
    private static final double CLEARANCE = 3;
    /** Height of a label in world units. */
    static final double HEIGHT = 16;

    private static final double STEP = 0.04;
    private final RectGrid nodes = new RectGrid();
    private final RectGrid labels = new RectGrid();
    private final Map<EdgeId, double[]> anchors = new HashMap<>();

    LabelPlaces(CanvasModel model) {
        for (Node n : model.design().nodes()) {
            nodes.add(n.position().x(), n.position().y(), n.position().x() + NodeGeometry.width(n),
                    n.position().y() + NodeGeometry.height(n));
        }
        for (Edge e : model.design().edges()) {
            Optional<EdgePath> p = model.path(e);
            if (p.isPresent()) {
                double[] at = place(p.get(), EdgeLabels.approximateWidth(e), HEIGHT, true);
                double hw = EdgeLabels.approximateWidth(e) / 2;
                labels.add(at[0] - hw, at[1] - HEIGHT / 2, at[0] + hw, at[1] + HEIGHT / 2);
                anchors.put(e.id(), at);
            }
        }
    }

    /** 0.5, 0.46, 0.54, 0.42, ... out to 0.1 and 0.9: close to the ends a label would crowd the ports. */
    private static double[] stops() {
        int each = (int) Math.round(0.4 / STEP);
        double[] stops = new double[2 * each + 1];
        stops[0] = 0.5;
        for (int i = 1; i <= each; i++) {
            stops[2 * i - 1] = 0.5 - i * STEP;
            stops[2 * i] = 0.5 + i * STEP;
        }
        return stops;
    }

    /** The centre of {@code edge}'s label, or null for an edge with a missing end. */
    double[] anchor(EdgeId edge) {
        return anchors.get(edge);
    }

    /**
     * The centre of a {@code width} x {@code height} label on {@code path}: the first stop clear of the nodes and
     * (if {@code avoidLabels}) of the labels placed so far, else the first clear of the nodes (a label under a node
     * is hidden, one over another label at least half readable), else the middle.
     */
    double[] place(EdgePath path, double width, double height, boolean avoidLabels) {
        double hw = width / 2 + CLEARANCE;
        double hh = height / 2 + CLEARANCE;
        double[] clearOfNodes = null;
        for (double t : STOPS) {
            double x = path.pointX(t);
            double y = path.pointY(t);
            if (nodes.touches(x - hw, y - hh, x + hw, y + hh)) {
                continue;
            }
            if (!avoidLabels || !labels.touches(x - hw, y - hh, x + hw, y + hh)) {
                return new double[] {x, y};
            }
            if (clearOfNodes == null) {
                clearOfNodes = new double[] {x, y};
            }
        }
        return clearOfNodes != null ? clearOfNodes : new double[] {path.pointX(0.5), path.pointY(0.5)};
    }
}
