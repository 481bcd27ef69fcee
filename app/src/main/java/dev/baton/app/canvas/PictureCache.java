// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;

/**
 * Images of pictures the canvas draws again and again (node cards, edge labels), so a frame copies each with one
 * {@code drawImage} instead of painting it shape by shape: in JavaFX's software pipeline a card's rounded body,
 * discs, strokes and glyphs cost about a millisecond, its image a small fraction of that.
 *
 * <p>Pictures are keyed by value (everything they depend on, the zoom included), so an edited node, another zoom or
 * another selection state simply makes a new picture; {@link #clear} drops everything when the theme changes. The
 * cache holds at most {@code pixelBudget} pixels (or one frame's pictures, if a huge window needs more) and forgets
 * the least recently drawn pictures first. Pictures
 * are drawn at the device scale of their zoom, with the anchor on a whole pixel, so text stays crisp.
 *
 * <p>A frame first calls {@link #prepare} with the pictures it will draw, which bakes the missing ones with one
 * snapshot ({@link PictureSheet}); then {@link #draw} copies each one, or paints it if it is still missing. Use on
 * the FX thread. Not threadsafe.
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

    /** {@link #prepare(List, boolean)} that bakes. */
    void prepare(List<? extends Picture> pictures) {
        prepare(pictures, true);
    }

    /**
     * Marks {@code pictures} as used and, if {@code bake}, bakes those not cached yet, as many as one sheet holds.
     * Returns how many are left to bake: until a later frame bakes them, they are painted directly. Pictures too
     * large for a sheet are never baked and not counted.
     */
    int prepare(List<? extends Picture> pictures, boolean bake) {
        List<Picture> missing = new ArrayList<>();
        for (Picture p : pictures) {
            // The lookup also marks the picture as recently used, so making room below does not evict it.
            if (images.get(p) == null && PictureSheet.Layout.of(p).fitsASheet()) {
                missing.add(p);
            }
        }
        if (missing.isEmpty() || !bake) {
            return missing.size();
        }
        List<PictureSheet.Baked> done = sheet.bake(missing);
        for (PictureSheet.Baked b : done) {
            images.put(b.picture(), b);
            pixels += b.pixels();
            baked++;
        }
        evictBeyondBudget(new HashSet<>(pictures));
        return missing.size() - done.size();
    }

    /**
     * Draws {@code picture} with its anchor at canvas point (x, y) on {@code g}, whose transform must be the
     * identity, on a screen with {@code outputScale} device pixels per canvas pixel (2 on a HiDPI screen; a
     * picture's scale counts device pixels): copies its image, with the anchor on a whole device pixel, if it is
     * cached, else paints it there directly. Returns whether the image was used.
     */
    boolean draw(GraphicsContext g, Picture picture, double x, double y, double outputScale) {
        PictureSheet.Baked b = images.get(picture);
        if (b == null) {
            double zoom = picture.scale() / outputScale;
            g.save();
            g.setTransform(zoom, 0, 0, zoom, x, y);
            picture.paint(g);
            g.restore();
            return false;
        }
        Image image = b.image();
        if (outputScale == 1) {
            g.drawImage(image, Math.round(x) - b.anchorX(), Math.round(y) - b.anchorY());
        } else {
            // Sized in canvas pixels, so that each image pixel lands on one device pixel and text stays crisp.
            g.drawImage(image, (Math.round(x * outputScale) - b.anchorX()) / outputScale,
                    (Math.round(y * outputScale) - b.anchorY()) / outputScale, image.getWidth() / outputScale,
                    image.getHeight() / outputScale);
        }
        return true;
    }

    /** Forgets every picture (after a theme change: none of them can be drawn again). */
    void clear() {
        images.clear();
        pixels = 0;
    }

    /** Pixels held now; after a frame never more than the budget, unless that frame's own pictures need more. */
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

    /** Forgets the least recently drawn pictures until within budget, but none of {@code current}'s. */
    private void evictBeyondBudget(Set<Picture> current) {
        Iterator<Map.Entry<Picture, PictureSheet.Baked>> eldestFirst = images.entrySet().iterator();
        while (pixels > pixelBudget && eldestFirst.hasNext()) {
            Map.Entry<Picture, PictureSheet.Baked> eldest = eldestFirst.next();
            if (current.contains(eldest.getKey())) {
                // Only this frame's pictures are left: a window larger than the budget keeps them all.
                break;
            }
            pixels -= eldest.getValue().pixels();
            eldestFirst.remove();
        }
    }
}
