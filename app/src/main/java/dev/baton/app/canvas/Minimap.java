// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * An overview of the whole design with the visible area outlined; click or drag in it to move the camera. Redrawn
 * after each canvas frame, as coloured blocks only, so it stays cheap for large designs.
 */
public final class Minimap extends Region {
    public static final double WIDTH = 200;
    public static final double HEIGHT = 120;

    private final DesignCanvas main;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double minX;
    private double minY;

    public Minimap(DesignCanvas main) {
        this.main = main;
        getStyleClass().add("minimap");
        setId("minimap");
        getChildren().add(canvas);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        main.addViewListener(this::redraw);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
    }

    private void jump(MouseEvent e) {
        double wx = (e.getX() - offsetX) / scale + minX;
        double wy = (e.getY() - offsetY) / scale + minY;
        main.centreOn(wx, wy);
        e.consume();
    }

    private void redraw() {
        if (!isVisible()) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        var p = main.palette();
        g.setFill(p.get(CanvasTokens.MINIMAP_BG));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Viewport vp = main.viewport();
        double[] b = main.model().bounds();
        double vx1 = vp.toWorldX(0);
        double vy1 = vp.toWorldY(0);
        double vx2 = vp.toWorldX(main.getWidth());
        double vy2 = vp.toWorldY(main.getHeight());
        minX = Math.min(b[0], vx1);
        minY = Math.min(b[1], vy1);
        double maxX = Math.max(b[2], vx2);
        double maxY = Math.max(b[3], vy2);
        double pad = 8;
        scale = Math.min((WIDTH - 2 * pad) / Math.max(1, maxX - minX), (HEIGHT - 2 * pad) / Math.max(1, maxY - minY));
        offsetX = (WIDTH - (maxX - minX) * scale) / 2;
        offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
        for (Node n : main.model().design().nodes()) {
            g.setFill(p.get(NodeSkins.of(n).accentToken()));
            g.fillRect(offsetX + (n.position().x() - minX) * scale, offsetY + (n.position().y() - minY) * scale,
                    Math.max(1.5, NodeGeometry.width(n) * scale), Math.max(1.5, NodeGeometry.height(n) * scale));
        }
        g.setStroke(p.get(CanvasTokens.MINIMAP_VIEW));
        g.setLineWidth(1.5);
        g.strokeRect(offsetX + (vx1 - minX) * scale, offsetY + (vy1 - minY) * scale, (vx2 - vx1) * scale,
                (vy2 - vy1) * scale);
    }
}
