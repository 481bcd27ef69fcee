// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Node;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * An overview of the whole design with the visible area outlined; click or drag in it to move the camera. It sits
 * over a corner of the canvas (the user picks which), so it keeps out of the user's way: it collapses to a small
 * button, the canvas keeps
 * its corner free when fitting the design ({@link DesignCanvas#reserveCorner}), and while a drag on the canvas is
 * in progress it turns faint and lets the pointer through. The nodes are drawn on their own layer, redrawn only
 * when the design or the overview's extent changes; each canvas frame only redraws the outline of the view.
 */
public final class Minimap extends Region {
    public static final double WIDTH = 200;
    public static final double HEIGHT = 120;
    /** Space kept between the minimap and the canvas edges. */
    public static final double MARGIN = 12;

    private final DesignCanvas main;
    private final Canvas nodes = new Canvas(WIDTH, HEIGHT);
    private final Canvas view = new Canvas(WIDTH, HEIGHT);
    private final Button toggle = new Button();
    /** The themed frame (border, shadow); cached as a bitmap, so the shadow is not blurred again every frame. */
    private final Region frame = new Region();
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed", false);
    private final ObjectProperty<Corner> corner = new SimpleObjectProperty<>(this, "corner", Corner.BOTTOM_RIGHT);
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double minX;
    private double minY;
    private Object drawnFor;

    public Minimap(DesignCanvas main) {
        this.main = main;
        setId("minimap");
        frame.getStyleClass().add("minimap");
        frame.setCache(true);
        frame.setMouseTransparent(true);
        toggle.setId("minimapToggle");
        toggle.getStyleClass().addAll("minimap-toggle", "flat");
        toggle.setFocusTraversable(false);
        toggle.setOnAction(e -> collapsed.set(!collapsed.get()));
        getChildren().addAll(frame, nodes, view, toggle);
        main.addViewListener(this::redraw);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
        collapsed.addListener((obs, old, now) -> updateShape());
        corner.addListener((obs, old, now) -> updateShape());
        visibleProperty().addListener((obs, old, now) -> updateShape());
        main.gestureActiveProperty().addListener((obs, old, now) -> {
            // While a node is dragged or a connection drawn, whatever lies under the minimap must stay reachable.
            setMouseTransparent(now);
            setOpacity(now ? 0.25 : 1.0);
        });
        updateShape();
    }

    /** Whether only the small button that brings the overview back is shown. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** The corner of the canvas it sits in; its owner places it there. */
    public ObjectProperty<Corner> cornerProperty() {
        return corner;
    }

    private void updateShape() {
        boolean small = collapsed.get();
        double w = small ? toggle.prefWidth(-1) : WIDTH;
        double h = small ? toggle.prefHeight(-1) : HEIGHT;
        setPrefSize(w, h);
        setMaxSize(w, h);
        setMinSize(w, h);
        nodes.setVisible(!small);
        view.setVisible(!small);
        // The chevron points to the canvas edge the overview folds towards.
        toggle.setGraphic(new FontIcon(small ? MaterialDesignM.MAP_OUTLINE
                : corner.get().top() ? MaterialDesignC.CHEVRON_UP : MaterialDesignC.CHEVRON_DOWN));
        toggle.setTooltip(new Tooltip(small ? "Show the overview" : "Hide the overview"));
        // The margin on both sides: between the canvas edge and the overview, and between the overview and the design.
        main.reserveCorner(corner.get(), isVisible() ? w + 2 * MARGIN : 0, isVisible() ? h + 2 * MARGIN : 0);
        drawnFor = null;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        frame.resizeRelocate(0, 0, getWidth(), getHeight());
        toggle.autosize();
        // The button stays in the canvas's very corner, where it is when collapsed.
        toggle.relocate(corner.get().left() ? 0 : getWidth() - toggle.getWidth(),
                corner.get().top() ? 0 : getHeight() - toggle.getHeight());
    }

    private void jump(MouseEvent e) {
        if (collapsed.get() || e.getTarget() != this && e.getTarget() != view && e.getTarget() != nodes) {
            return;
        }
        double wx = (e.getX() - offsetX) / scale + minX;
        double wy = (e.getY() - offsetY) / scale + minY;
        main.centreOn(wx, wy);
        e.consume();
    }

    private void redraw() {
        if (!isVisible() || collapsed.get()) {
            return;
        }
        Viewport vp = main.viewport();
        double[] b = main.model().bounds();
        double vx1 = vp.toWorldX(0);
        double vy1 = vp.toWorldY(0);
        double vx2 = vp.toWorldX(main.getWidth());
        double vy2 = vp.toWorldY(main.getHeight());
        double[] extent = {Math.min(b[0], vx1), Math.min(b[1], vy1), Math.max(b[2], vx2), Math.max(b[3], vy2)};
        Object key = Arrays.asList(main.model(), main.palette(), Arrays.toString(extent));
        if (!key.equals(drawnFor)) {
            drawNodes(extent);
            drawnFor = key;
        }
        GraphicsContext g = view.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(main.palette().get(CanvasTokens.MINIMAP_VIEW));
        g.setLineWidth(1.5);
        g.strokeRect(offsetX + (vx1 - minX) * scale, offsetY + (vy1 - minY) * scale, (vx2 - vx1) * scale,
                (vy2 - vy1) * scale);
    }

    private void drawNodes(double[] extent) {
        GraphicsContext g = nodes.getGraphicsContext2D();
        var p = main.palette();
        g.setFill(p.get(CanvasTokens.MINIMAP_BG));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        minX = extent[0];
        minY = extent[1];
        double pad = 8;
        scale = Math.min((WIDTH - 2 * pad) / Math.max(1, extent[2] - minX),
                (HEIGHT - 2 * pad) / Math.max(1, extent[3] - minY));
        offsetX = (WIDTH - (extent[2] - minX) * scale) / 2;
        offsetY = (HEIGHT - (extent[3] - minY) * scale) / 2;
        for (Node n : main.model().design().nodes()) {
            g.setFill(p.get(NodeSkins.of(n).accentToken()));
            g.fillRect(offsetX + (n.position().x() - minX) * scale, offsetY + (n.position().y() - minY) * scale,
                    Math.max(1.5, NodeGeometry.width(n) * scale), Math.max(1.5, NodeGeometry.height(n) * scale));
        }
    }
}
