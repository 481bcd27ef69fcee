// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Turns pictures into images: paints a batch of them side by side on one off-screen canvas and takes a single
 * snapshot, then cuts it into one image per picture. A snapshot is a round trip to the render thread, so a frame
 * takes one for all the pictures it is missing, not one each. Use on the FX thread.
 */
final class PictureSheet {
    /** Side of the sheet in pixels; a picture larger than this is never baked. */
    static final int SIDE = 1024;
    /** Blank pixels between neighbours, so no antialiasing bleeds from one picture into the next. */
    private static final int GAP = 2;

    private final Canvas canvas = new Canvas(SIDE, SIDE);
    private final SnapshotParameters parameters = new SnapshotParameters();

    PictureSheet() {
        parameters.setFill(Color.TRANSPARENT);
    }

    /** A baked picture: its image and where in it the picture's anchor lies, in pixels. */
    record Baked(Picture picture, Image image, int anchorX, int anchorY) {
        long pixels() {
            return (long) image.getWidth() * (long) image.getHeight();
        }
    }

    /** The image size of {@code p} and its anchor inside it, in whole pixels with a pixel of margin. */
    record Layout(int width, int height, int anchorX, int anchorY) {
        static Layout of(Picture p) {
            double s = p.scale();
            int ax = (int) Math.ceil(-p.left() * s) + 1;
            int ay = (int) Math.ceil(-p.top() * s) + 1;
            int w = ax + (int) Math.ceil((p.left() + p.width()) * s) + 1;
            int h = ay + (int) Math.ceil((p.top() + p.height()) * s) + 1;
            return new Layout(w, h, ax, ay);
        }

        boolean fitsASheet() {
            return width <= SIDE && height <= SIDE;
        }
    }

    /**
     * Bakes {@code pictures} in order, as many as fit on one sheet (rows, left to right); returns those baked. Each
     * picture must fit a sheet ({@link Layout#fitsASheet}).
     */
    List<Baked> bake(List<? extends Picture> pictures) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        // Clearing the whole canvas also drops the commands of the last batch from its buffer.
        g.clearRect(0, 0, SIDE, SIDE);
        List<Picture> placed = new ArrayList<>();
        List<int[]> slots = new ArrayList<>();
        int x = 0;
        int y = 0;
        int rowHeight = 0;
        int usedWidth = 0;
        for (Picture p : pictures) {
            Layout l = Layout.of(p);
            if (x + l.width() > SIDE) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            if (y + l.height() > SIDE) {
                break;
            }
            g.save();
            g.setTransform(p.scale(), 0, 0, p.scale(), x + l.anchorX(), y + l.anchorY());
            p.paint(g);
            g.restore();
            placed.add(p);
            slots.add(new int[] {x, y, l.width(), l.height(), l.anchorX(), l.anchorY()});
            x += l.width() + GAP;
            rowHeight = Math.max(rowHeight, l.height());
            usedWidth = Math.max(usedWidth, x);
        }
        if (placed.isEmpty()) {
            return List.of();
        }
        int usedHeight = y + rowHeight;
        parameters.setViewport(new Rectangle2D(0, 0, usedWidth, usedHeight));
        WritableImage sheet = canvas.snapshot(parameters, new WritableImage(usedWidth, usedHeight));
        List<Baked> baked = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            int[] s = slots.get(i);
            baked.add(new Baked(placed.get(i), new WritableImage(sheet.getPixelReader(), s[0], s[1], s[2], s[3]), s[4],
                    s[5]));
        }
        return baked;
    }
}
