// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;

/**
 * Images of pictures the canvas draws again and again (node cards, edge labels), so a frame copies each with one
 * {@code drawImage} instead of painting it shape by shape: in JavaFX's software pipeline a card's rounded body,
 * discs, strokes and glyphs cost about a millisecond, its image a small fraction of that.
 *
 * <p>Pictures are keyed by value (everything they depend on, the zoom included), so an edited node, another zoom or
 * another selection state simply makes a new picture; {@link #clear} drops everything when the theme changes. The
 * cache holds at most {@code pixelBudget} pixels and forgets the least recently drawn pictures first. Pictures
 * are drawn at the device scale of their zoom, with the anchor on a whole pixel, so text stays crisp.
 *
 * <p>A frame first calls {@link #prepare} with the pictures it will draw, which bakes the missing ones with one
 * snapshot ({@link PictureSheet}); then {@link #draw} copies each one. Use on the FX thread. Not threadsafe.
 */
final class PictureCache {
    /** About 16 MB of pixels: several zoom levels of a full window of cards. */
    static final long DEFAULT_PIXEL_BUDGET = 4_000_000;

    private final long pixelBudget;
    private final Map<Picture, PictureSheet.Baked> images = new LinkedHashMap<>(256, 0.75f, true);
    private final PictureSheet sheet = new PictureSheet();
    private long pixels;
    private long baked;

    PictureCache(long pixelBudget) {
        if (pixelBudget <= 0) {
            throw new IllegalArgumentException("pixelBudget must be > 0, but was " + pixelBudget);
        }
        this.pixelBudget = pixelBudget;
    }

    /**
     * Bakes those of {@code pictures} that are not cached yet, as many as one sheet holds; the rest wait for a later
     * frame (and are painted directly meanwhile). Pictures too large for a sheet are never baked.
     */
    void prepare(List<? extends Picture> pictures) {
        List<Picture> missing = new ArrayList<>();
        for (Picture p : pictures) {
            // The lookup also marks the picture as recently used, so making room below does not evict it.
            if (images.get(p) == null && PictureSheet.Layout.of(p).fitsASheet()) {
                missing.add(p);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (PictureSheet.Baked b : sheet.bake(missing)) {
            images.put(b.picture(), b);
            pixels += b.pixels();
            baked++;
        }
        evictBeyondBudget();
    }

    /**
     * Draws {@code picture} with its anchor at screen point (x, y) on {@code g}, whose transform must be the
     * identity: copies its image, with the anchor rounded to a whole pixel, if it is cached, else paints it there
     * directly. Returns whether the image was used.
     */
    boolean draw(GraphicsContext g, Picture picture, double x, double y) {
        PictureSheet.Baked b = images.get(picture);
        if (b == null) {
            g.save();
            g.setTransform(picture.scale(), 0, 0, picture.scale(), x, y);
            picture.paint(g);
            g.restore();
            return false;
        }
        g.drawImage(b.image(), Math.round(x) - b.anchorX(), Math.round(y) - b.anchorY());
        return true;
    }

    /** Forgets every picture (after a theme change: none of them can be drawn again). */
    void clear() {
        images.clear();
        pixels = 0;
    }

    /** Pixels held now; never more than the budget after a frame. */
    long pixels() {
        return pixels;
    }

    /** Pictures held now. */
    int size() {
        return images.size();
    }

    /** Whether {@code picture} is held (without marking it as used). */
    boolean contains(Picture picture) {
        return images.containsKey(picture);
    }

    /** Pictures baked since the cache was made: a repaint of a cached picture would show here. */
    long bakedCount() {
        return baked;
    }

    private void evictBeyondBudget() {
        Iterator<PictureSheet.Baked> eldestFirst = images.values().iterator();
        while (pixels > pixelBudget && eldestFirst.hasNext()) {
            pixels -= eldestFirst.next().pixels();
            eldestFirst.remove();
        }
    }
}
