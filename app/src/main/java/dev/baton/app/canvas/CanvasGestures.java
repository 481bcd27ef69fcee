// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.edit.MoveNodes;
import dev.baton.app.edit.Selection;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, wheel and keyboard handling of the canvas. A gesture only changes the view (drag preview, rubber band,
 * connection line) until the mouse is released; then it emits exactly one edit through the view model, so one
 * drag is one undo step.
 */
final class CanvasGestures {
    private enum Mode { NONE, MOVE, RESIZE, CONNECT, RUBBER_BAND, PAN }

    private static final double WHEEL_ZOOM = 1.0015;
    private static final double KEY_PAN = 60;

    private final DesignCanvas view;
    private final DocumentViewModel document;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private Node anchor;
    /** The resize in progress: the node's box in world units while its handle is dragged. */
    private double resizeWidth;
    private double resizeHeight;
    private boolean spaceDown;

    CanvasGestures(DesignCanvas view, DocumentViewModel document) {
        this.view = view;
        this.document = document;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            view.requestRedraw();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    private double wx(MouseEvent e) {
        return view.viewport().toWorldX(e.getX());
    }

    private double wy(MouseEvent e) {
        return view.viewport().toWorldY(e.getY());
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = e.getX();
        lastY = e.getY();
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY || spaceDown) {
            mode = Mode.PAN;
            view.setGestureActive(true);
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        CanvasModel model = view.model();
        double slack = 4 / view.viewport().scale();
        Optional<Node> handle = resizeHandleAt(wx(e), wy(e));
        if (handle.isPresent()) {
            anchor = handle.get();
            resizeWidth = NodeGeometry.width(anchor);
            resizeHeight = NodeGeometry.height(anchor);
            mode = Mode.RESIZE;
            return;
        }
        Optional<Node> port = model.outPortAt(wx(e), wy(e), slack);
        if (port.isPresent() && CanvasRenderer.hasOutput(port.get().kind())) {
            startConnect(port.get(), e);
            return;
        }
        Optional<Node> node = model.nodeAt(wx(e), wy(e));
        if (node.isPresent()) {
            NodeId id = node.get().id();
            if (e.isShiftDown() || e.isShortcutDown()) {
                document.select(document.selection().toggle(id));
            } else if (!document.selection().contains(id)) {
                document.select(Selection.ofNode(id));
            }
            anchor = node.get();
            mode = document.selection().contains(id) ? Mode.MOVE : Mode.NONE;
            view.setGestureActive(mode == Mode.MOVE);
            return;
        }
        Optional<Edge> edge = model.edgeAt(wx(e), wy(e), 6 / view.viewport().scale());
        if (edge.isPresent()) {
            document.select(e.isShiftDown() ? document.selection().toggle(edge.get().id())
                    : Selection.ofEdge(edge.get().id()));
            mode = Mode.NONE;
            return;
        }
        if (!e.isShiftDown()) {
            document.select(Selection.EMPTY);
        }
        mode = Mode.RUBBER_BAND;
        view.setGestureActive(true);
        view.state().rubberBand = new double[] {wx(e), wy(e), wx(e), wy(e)};
    }

    private void startConnect(Node from, MouseEvent e) {
        mode = Mode.CONNECT;
        view.setGestureActive(true);
        RenderState s = view.state();
        s.connectFrom = from.id();
        s.connectX = wx(e);
        s.connectY = wy(e);
        s.legalTargets = document.legalTargets(from.id());
        view.setCursor(Cursor.CROSSHAIR);
        view.requestRedraw();
    }

    private void dragged(MouseEvent e) {
        RenderState s = view.state();
        double scale = view.viewport().scale();
        switch (mode) {
            case PAN:
                view.panBy(e.getX() - lastX, e.getY() - lastY);
                break;
            case MOVE:
                double[] d = moveDelta(e, scale);
                s.moving = document.selection().nodes();
                s.moveDx = d[0];
                s.moveDy = d[1];
                break;
            case RESIZE:
                resizeWidth = NodeGeometry.width(anchor) + (e.getX() - pressX) / scale;
                resizeHeight = NodeGeometry.height(anchor) + (e.getY() - pressY) / scale;
                // Drawn from a copy of the design, so edges follow the box; the document changes once, on release.
                view.preview(document.design().updateNode(anchor.id(), n -> n.withSize(Optional.of(new Size(
                        Math.max(NodeGeometry.MIN_WIDTH, Math.min(NodeGeometry.MAX_SIZE, resizeWidth)),
                        Math.max(NodeGeometry.minHeight(n.kind()), Math.min(NodeGeometry.MAX_SIZE, resizeHeight)))))));
                break;
            case CONNECT:
                s.connectX = wx(e);
                s.connectY = wy(e);
                break;
            case RUBBER_BAND:
                s.rubberBand[2] = wx(e);
                s.rubberBand[3] = wy(e);
                break;
            case NONE:
                break;
            default:
                throw new AssertionError("unhandled " + mode);
        }
        lastX = e.getX();
        lastY = e.getY();
        view.requestRedraw();
    }

    /** The drag offset in world units; with snapping, the grabbed node's corner lands on the grid. */
    private double[] moveDelta(MouseEvent e, double scale) {
        double dx = (e.getX() - pressX) / scale;
        double dy = (e.getY() - pressY) / scale;
        if (view.snapToGridProperty().get() && anchor != null) {
            dx = NodeGeometry.snap(anchor.position().x() + dx) - anchor.position().x();
            dy = NodeGeometry.snap(anchor.position().y() + dy) - anchor.position().y();
        }
        return new double[] {dx, dy};
    }

    private void released(MouseEvent e) {
        RenderState s = view.state();
        try {
            switch (mode) {
                case MOVE:
                    double[] d = moveDelta(e, view.viewport().scale());
                    s.moving = Set.of();
                    document.moveSelection(d[0], d[1], false, "Move");
                    break;
                case RESIZE:
                    view.endPreview();
                    document.resizeNode(anchor.id(), resizeWidth, resizeHeight, view.snapToGridProperty().get());
                    break;
                case CONNECT:
                    finishConnect(e);
                    break;
                case RUBBER_BAND:
                    double[] r = s.rubberBand;
                    Selection inside = view.model().within(r[0], r[1], r[2], r[3]);
                    if (e.isShiftDown()) {
                        java.util.Set<NodeId> n = new java.util.LinkedHashSet<>(document.selection().nodes());
                        n.addAll(inside.nodes());
                        java.util.Set<dev.baton.model.EdgeId> ed =
                                new java.util.LinkedHashSet<>(document.selection().edges());
                        ed.addAll(inside.edges());
                        inside = new Selection(n, ed);
                    }
                    document.select(inside);
                    break;
                case PAN:
                case NONE:
                    break;
                default:
                    throw new AssertionError("unhandled " + mode);
            }
        } finally {
            mode = Mode.NONE;
            view.setGestureActive(false);
            anchor = null;
            s.moving = Set.of();
            s.rubberBand = null;
            view.setCursor(Cursor.DEFAULT);
            view.requestRedraw();
        }
    }

    private void finishConnect(MouseEvent e) {
        RenderState s = view.state();
        NodeId from = s.connectFrom;
        s.connectFrom = null;
        s.legalTargets = Set.of();
        Optional<Node> target = view.model().nodeAt(wx(e), wy(e));
        if (target.isEmpty()) {
            return;
        }
        List<EdgeKind> kinds = document.legalKinds(from, target.get().id());
        if (kinds.size() == 1) {
            document.connect(from, target.get().id(), kinds.get(0));
        } else if (kinds.size() > 1) {
            ContextMenu menu = new ContextMenu();
            menu.setId("connectMenu");
            for (EdgeKind k : kinds) {
                MenuItem item = new MenuItem(k.jsonName());
                item.setId("connect-" + k.jsonName());
                item.setOnAction(a -> document.connect(from, target.get().id(), k));
                menu.getItems().add(item);
            }
            menu.show(view, e.getScreenX(), e.getScreenY());
        }
    }

    private void moved(MouseEvent e) {
        double slack = 4 / view.viewport().scale();
        if (resizeHandleAt(wx(e), wy(e)).isPresent()) {
            view.setCursor(Cursor.SE_RESIZE);
            return;
        }
        Optional<Node> port = view.model().outPortAt(wx(e), wy(e), slack);
        boolean onPort = port.isPresent() && CanvasRenderer.hasOutput(port.get().kind());
        view.setCursor(onPort ? Cursor.CROSSHAIR : spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    /** The selected node whose resize handle is under world point (x, y): only a lone selected node has one. */
    private Optional<Node> resizeHandleAt(double x, double y) {
        Set<NodeId> selected = document.selection().nodes();
        if (selected.size() != 1 || view.viewport().scale() < CanvasRenderer.DETAIL_SCALE) {
            return Optional.empty();
        }
        double slack = NodeGeometry.HANDLE / view.viewport().scale();
        return view.model().node(selected.iterator().next())
                .filter(n -> NodeGeometry.onResizeHandle(n, x, y, slack));
    }

    private void scrolled(ScrollEvent e) {
        boolean trackpadPan = e.getTouchCount() > 0 || (e.getDeltaX() != 0 && !e.isShortcutDown());
        if (trackpadPan || e.isShiftDown()) {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() && e.getDeltaX() == 0 ? 0 : e.getDeltaY();
            view.panBy(dx, dy);
        } else {
            view.viewport().zoomAt(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX(), e.getY());
            view.requestRedraw();
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE) {
            document.select(Selection.EMPTY);
            e.consume();
            return;
        }
        double dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
        double dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
        if (dx == 0 && dy == 0) {
            return;
        }
        if (document.selection().nodes().isEmpty()) {
            view.panBy(-dx * KEY_PAN, -dy * KEY_PAN);
        } else {
            double step = e.isAltDown() ? 1 : NodeGeometry.GRID;
            document.moveSelection(dx * step, dy * step, false, MoveNodes.NUDGE);
        }
        e.consume();
    }
}
