// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.validation.Problem;
import dev.baton.model.Design;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.themes.CanvasPalette;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The design canvas: one {@link Canvas} redrawn by {@link CanvasRenderer} at most once per frame when something
 * changed, with the gestures in {@link CanvasGestures}. The view binds to a {@link DocumentViewModel} and only
 * emits edits through it.
 */
public final class DesignCanvas extends Region {
    /** The zoom a design just opened is shown at when fitting it whole would shrink its cards to blocks. */
    public static final double READABLE_SCALE = Framing.READABLE_SCALE;
    private final DocumentViewModel document;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final RenderState state = new RenderState();
    private final CanvasRenderer renderer;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final ReadOnlyBooleanWrapper gestureActive = new ReadOnlyBooleanWrapper(this, "gestureActive");
    private final List<Runnable> viewListeners = new ArrayList<>();
    private final Framing framing = new Framing();
    private CanvasModel model;
    private boolean dirty = true;
    /**
     * Redraws once the view has stayed put for a moment after a frame that painted cards directly (a zoom in
     * progress): that frame bakes them, so the still view is then copied from images. Right after every wheel step
     * it would bake pictures the next step no longer needs.
     */
    private final PauseTransition settled = new PauseTransition(Duration.millis(150));
    private long lastFrameNanos;

    public DesignCanvas(DocumentViewModel document, CanvasPalette palette) {
        this.document = document;
        this.renderer = new CanvasRenderer(palette);
        this.model = new CanvasModel(document.design());
        getStyleClass().add("design-canvas");
        setId("designCanvas");
        setFocusTraversable(true);
        getChildren().add(canvas);
        document.designProperty().addListener((obs, old, now) -> {
            model = new CanvasModel(now);
            requestRedraw();
        });
        document.selectionProperty().addListener((obs, old, now) -> {
            state.setSelection(now);
            requestRedraw();
        });
        document.problemsProperty().addListener((obs, old, now) -> {
            updateProblems(now);
            requestRedraw();
        });
        updateProblems(document.problemsProperty().get());
        showGrid.addListener((obs, old, now) -> requestRedraw());
        new CanvasGestures(this, document).install();
        settled.setOnFinished(e -> requestRedraw());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    redrawNow();
                }
            }
        }.start();
    }

    /** Marks the canvas for redrawing on the next frame. */
    public void requestRedraw() {
        dirty = true;
    }

    /** Redraws immediately; returns the time it took in nanoseconds (used by the benchmark and the status bar). */
    public long redrawNow() {
        dirty = false;
        // Measuring real elapsed time is the point here (frame timing for the status bar and the benchmark).
        long start = System.nanoTime();
        renderer.draw(canvas.getGraphicsContext2D(), model, viewport, state, canvas.getWidth(), canvas.getHeight(),
                showGrid.get());
        lastFrameNanos = System.nanoTime() - start;
        if (renderer.picturesPending()) {
            settled.playFromStart();
        }
        for (Runnable r : viewListeners) {
            r.run();
        }
        return lastFrameNanos;
    }

    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** Called after every redraw (the minimap follows the camera this way). */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    public void setPalette(CanvasPalette palette) {
        renderer.setPalette(palette);
        requestRedraw();
    }

    public CanvasPalette palette() {
        return renderer.palette();
    }

    public Viewport viewport() {
        return viewport;
    }

    public CanvasModel model() {
        return model;
    }

    RenderState state() {
        return state;
    }

    /** Shows {@code design} instead of the document's until {@link #endPreview()} (a resize in progress). */
    void preview(Design design) {
        model = new CanvasModel(design);
        requestRedraw();
    }

    /** Shows the document's design again. */
    void endPreview() {
        model = new CanvasModel(document.design());
        requestRedraw();
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    /** Zooms by {@code factor} around the centre of the canvas. */
    public void zoom(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
        requestRedraw();
    }

    /** Zooms to 100% around the centre. */
    public void zoomActual() {
        viewport.zoomAt(1.0 / viewport.scale(), getWidth() / 2, getHeight() / 2);
        requestRedraw();
    }

    /** True while a drag on the canvas (move, connect, rubber band, pan) is in progress. */
    public ReadOnlyBooleanProperty gestureActiveProperty() {
        return gestureActive.getReadOnlyProperty();
    }

    void setGestureActive(boolean value) {
        gestureActive.set(value);
    }

    /**
     * Keeps a {@code width} x {@code height} area in {@code corner} free of the design when fitting it into view: an
     * overlay (the minimap) sits there.
     */
    public void reserveCorner(Corner corner, double width, double height) {
        framing.reserve(corner, width, height);
    }

    /** Shows the whole design, clear of the reserved corner. */
    public void zoomToFit() {
        framing.fit(viewport, model.bounds(), frameWidth(), frameHeight());
        requestRedraw();
    }

    /**
     * Frames a design just opened: the whole of it, unless that would shrink a design of a few screens to blocks;
     * then a readable part from its left edge ({@link Framing#open}).
     */
    public void zoomToOpen() {
        framing.open(viewport, model.bounds(), frameWidth(), frameHeight());
        requestRedraw();
    }

    private double frameWidth() {
        return getWidth() > 0 ? getWidth() : 1000;
    }

    private double frameHeight() {
        return getHeight() > 0 ? getHeight() : 700;
    }

    /** Centres the view on a world point. */
    public void centreOn(double x, double y) {
        viewport.centreOn(x, y, getWidth(), getHeight());
        requestRedraw();
    }

    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        requestRedraw();
    }

    /** The world point at the centre of the visible area. */
    public double[] viewCentre() {
        return new double[] {viewport.toWorldX(getWidth() / 2), viewport.toWorldY(getHeight() / 2)};
    }

    /**
     * Shows where a node dragged from the palette would land, at scene point (sceneX, sceneY); a null kind or a
     * point outside the canvas hides the preview.
     */
    public void previewDrop(NodeKind kind, double sceneX, double sceneY) {
        javafx.geometry.Point2D p = sceneToLocal(sceneX, sceneY);
        if (kind == null || p == null || !getLayoutBounds().contains(p)) {
            state.ghostKind = null;
        } else {
            state.ghostKind = kind;
            state.ghostX = dropX(kind, p.getX());
            state.ghostY = dropY(kind, p.getY());
        }
        requestRedraw();
    }

    /** Places a node of {@code kind} centred at scene point (sceneX, sceneY); false if that is off the canvas. */
    public boolean drop(NodeKind kind, double sceneX, double sceneY) {
        state.ghostKind = null;
        requestRedraw();
        javafx.geometry.Point2D p = sceneToLocal(sceneX, sceneY);
        if (p == null || !getLayoutBounds().contains(p)) {
            return false;
        }
        document.addNode(kind, dropX(kind, p.getX()), dropY(kind, p.getY()), snapToGrid.get());
        requestFocus();
        return true;
    }

    /** Places a node of {@code kind} in the middle of the visible area (palette click, no drag). */
    public void dropAtCentre(NodeKind kind) {
        double[] c = viewCentre();
        document.addNode(kind, c[0] - NodeGeometry.width(kind) / 2, c[1] - NodeGeometry.height(kind) / 2,
                snapToGrid.get());
    }

    private double dropX(NodeKind kind, double localX) {
        double x = viewport.toWorldX(localX) - NodeGeometry.width(kind) / 2;
        return snapToGrid.get() ? NodeGeometry.snap(x) : x;
    }

    private double dropY(NodeKind kind, double localY) {
        double y = viewport.toWorldY(localY) - NodeGeometry.height(kind) / 2;
        return snapToGrid.get() ? NodeGeometry.snap(y) : y;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            requestRedraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void updateProblems(List<Problem> problems) {
        Map<NodeId, Problem.Severity> nodes = new HashMap<>();
        Set<EdgeId> edges = new HashSet<>();
        for (Problem p : problems) {
            for (NodeId n : p.nodes()) {
                nodes.merge(n, p.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            if (p.severity() == Problem.Severity.ERROR) {
                edges.addAll(p.edges());
            }
        }
        state.setProblems(nodes, edges);
    }
}
