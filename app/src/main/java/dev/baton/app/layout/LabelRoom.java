// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.layout;

import dev.baton.app.canvas.EdgeLabels;
import dev.baton.model.Edge;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Widens the gaps between the columns of a left-to-right layout so that the label of each edge between two
 * neighbouring columns fits between its nodes. The canvas writes an edge's label at the middle of its curve, so
 * the room it needs is the label's width plus a margin on each side; ELK itself would put labels into extra
 * layers, which doubles every gap.
 */
final class LabelRoom {
    private static final double LABEL_MARGIN = 12;

    private LabelRoom() {
    }

    /**
     * How far right each node must move, given boxes {x, y, width, height} from a left-to-right layout whose
     * gaps are at least {@code minGap}.
     */
    static Map<NodeId, Double> shifts(Map<NodeId, double[]> boxes, List<Edge> edges, double minGap) {
        List<Map.Entry<NodeId, double[]>> byX = new ArrayList<>(boxes.entrySet());
        byX.sort(Comparator.comparingDouble(e -> e.getValue()[0]));
        // Columns: nodes whose horizontal extents overlap belong to one layer.
        Map<NodeId, Integer> column = new HashMap<>();
        List<double[]> extents = new ArrayList<>(); // per column {left, right}
        for (Map.Entry<NodeId, double[]> e : byX) {
            double left = e.getValue()[0];
            double right = left + e.getValue()[2];
            double[] last = extents.isEmpty() ? null : extents.get(extents.size() - 1);
            if (last == null || left >= last[1]) {
                extents.add(new double[] {left, right});
            } else {
                last[1] = Math.max(last[1], right);
            }
            column.put(e.getKey(), extents.size() - 1);
        }
        double[] extra = new double[extents.size()]; // extra[i]: added to the gap before column i
        for (Edge edge : edges) {
            Integer a = column.get(edge.from());
            Integer b = column.get(edge.to());
            if (a == null || b == null || Math.abs(a - b) != 1) {
                continue;
            }
            double[] left = boxes.get(a < b ? edge.from() : edge.to());
            double[] right = boxes.get(a < b ? edge.to() : edge.from());
            double free = right[0] - (left[0] + left[2]);
            double needed = EdgeLabels.approximateWidth(edge) + 2 * LABEL_MARGIN;
            int gap = Math.max(a, b);
            extra[gap] = Math.max(extra[gap], Math.max(0, needed - Math.max(free, minGap)));
        }
        Map<NodeId, Double> shifts = new HashMap<>();
        double[] cumulative = new double[extents.size()];
        for (int i = 1; i < extents.size(); i++) {
            cumulative[i] = cumulative[i - 1] + extra[i];
        }
        for (Map.Entry<NodeId, Integer> e : column.entrySet()) {
            shifts.put(e.getKey(), cumulative[e.getValue()]);
        }
        return shifts;
    }
}
