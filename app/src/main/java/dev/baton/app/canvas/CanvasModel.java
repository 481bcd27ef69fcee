// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.edit.Selection;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One design as the canvas sees it: nodes by id, edge shapes and hit tests, in world coordinates. Built once per
 * design change (linear time), so that hit tests and drawing of large designs do not rebuild lookups.
 */
public final class CanvasModel {
    private final Design design;
    private final Map<NodeId, Node> nodes;
    private final Map<EdgeId, Double> bends;
    private LabelPlaces labels;

    public CanvasModel(Design design) {
        this.design = design;
        this.nodes = new HashMap<>(design.nodes().size() * 2);
        for (Node n : design.nodes()) {
            nodes.putIfAbsent(n.id(), n);
        }
        this.bends = ParallelEdges.bends(design.edges());
    }

    public Design design() {
        return design;
    }

    public Optional<Node> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The shape of {@code edge}, or empty when an endpoint is missing (a broken file). */
    public Optional<EdgePath> path(Edge edge) {
        return path(edge, Set.of(), 0, 0);
    }

    /** The shape of {@code edge} while the nodes in {@code moving} are dragged by (dx, dy). */
    public Optional<EdgePath> path(Edge edge, Set<NodeId> moving, double dx, double dy) {
        Node from = nodes.get(edge.from());
        Node to = nodes.get(edge.to());
        if (from == null || to == null) {
            return Optional.empty();
        }
        double fdx = moving.contains(from.id()) ? dx : 0;
        double fdy = moving.contains(from.id()) ? dy : 0;
        double tdx = moving.contains(to.id()) ? dx : 0;
        double tdy = moving.contains(to.id()) ? dy : 0;
        EdgePath route = route(from, fdx, fdy, to, tdx, tdy);
        return Optional.of(bends.isEmpty() ? route : route.bent(bends.getOrDefault(edge.id(), 0.0)));
    }

    /**
     * The centre of {@code edge}'s label, clear of nodes and of the labels before it where its edge leaves room
     * ({@link LabelPlaces}); empty when an endpoint is missing.
     */
    public Optional<double[]> labelAnchor(Edge edge) {
        return Optional.ofNullable(labelPlaces().anchor(edge.id()));
    }

    /**
     * The centre of a {@code width} x {@code height} label on {@code path}, an edge being dragged: clear of the
     * nodes as they lie if the edge leaves room, else the middle.
     */
    public double[] labelAnchor(EdgePath path, double width, double height) {
        return labelPlaces().place(path, width, height, false);
    }

    private LabelPlaces labelPlaces() {
        if (labels == null) {
            labels = new LabelPlaces(this);
        }
        return labels;
    }

    /**
     * Left to right when the target lies to the right of the source; back to a node on the left in the same row, a U
     * from bottom to bottom below both; otherwise (same column, or backwards to another row) from the bottom of the upper node to the
     * top of the lower one, so edges do not cut through their own nodes.
     */
    static EdgePath route(Node from, double fdx, double fdy, Node to, double tdx, double tdy) {
        double fx = from.position().x() + fdx;
        double fy = from.position().y() + fdy;
        double tx = to.position().x() + tdx;
        double ty = to.position().y() + tdy;
        double fw = NodeGeometry.width(from);
        double fh = NodeGeometry.height(from);
        double tw = NodeGeometry.width(to);
        double th = NodeGeometry.height(to);
        boolean sideBySide = ty + th >= fy - NodeGeometry.GRID && ty <= fy + fh + NodeGeometry.GRID;
        if (sideBySide && tx + tw / 2 < fx + fw / 2) {
            // Back to a node on its left: an S from port to port would cut through both nodes, so a U below them,
            // bottom to bottom like the vertical routes.
            return EdgePath.loopBelow(fx + fw / 2 + 12, fy + fh, tx + tw / 2 - 12, ty + th, Math.max(fy + fh, ty + th));
        }
        if (tx >= fx + fw + NodeGeometry.GRID || sideBySide) {
            return EdgePath.between(fx + fw, fy + fh / 2, tx, ty + th / 2);
        }
        boolean down = ty > fy;
        return EdgePath.vertical(fx + fw / 2 + 12, down ? fy + fh : fy, tx + tw / 2 - 12, down ? ty : ty + th, down);
    }

    /** The topmost node under world point (x, y): the last one drawn. */
    public Optional<Node> nodeAt(double x, double y) {
        List<Node> all = design.nodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (NodeGeometry.contains(all.get(i), x, y)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The node whose output port is under (x, y), with {@code slack} world units of tolerance. */
    public Optional<Node> outPortAt(double x, double y, double slack) {
        List<Node> all = design.nodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (NodeGeometry.onOutPort(all.get(i), x, y, slack)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The edge closest to (x, y) within {@code tolerance} world units. */
    public Optional<Edge> edgeAt(double x, double y, double tolerance) {
        Edge best = null;
        double bestDistance = tolerance;
        for (Edge e : design.edges()) {
            Optional<EdgePath> p = path(e);
            if (p.isEmpty() || !p.get().mayIntersect(x - tolerance, y - tolerance, x + tolerance, y + tolerance)) {
                continue;
            }
            double d = p.get().distanceTo(x, y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Nodes wholly inside the world rectangle, and edges whose both ends are among them (rubber band). */
    public Selection within(double x1, double y1, double x2, double y2) {
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double minY = Math.min(y1, y2);
        double maxY = Math.max(y1, y2);
        Set<NodeId> inside = new LinkedHashSet<>();
        for (Node n : design.nodes()) {
            double nx = n.position().x();
            double ny = n.position().y();
            if (nx >= minX && ny >= minY && nx + NodeGeometry.width(n) <= maxX && ny + NodeGeometry.height(n) <= maxY) {
                inside.add(n.id());
            }
        }
        Set<EdgeId> edges = new LinkedHashSet<>();
        for (Edge e : design.edges()) {
            if (inside.contains(e.from()) && inside.contains(e.to())) {
                edges.add(e.id());
            }
        }
        return new Selection(inside, edges);
    }

    /** World bounds of all nodes as {minX, minY, maxX, maxY}; a default area when the design is empty. */
    public double[] bounds() {
        if (design.nodes().isEmpty()) {
            return new double[] {0, 0, 800, 600};
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node n : design.nodes()) {
            minX = Math.min(minX, n.position().x());
            minY = Math.min(minY, n.position().y());
            maxX = Math.max(maxX, n.position().x() + NodeGeometry.width(n));
            maxY = Math.max(maxY, n.position().y() + NodeGeometry.height(n));
        }
        return new double[] {minX, minY, maxX, maxY};
    }
}
