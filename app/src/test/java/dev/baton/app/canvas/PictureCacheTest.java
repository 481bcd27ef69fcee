// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.validation.Problem;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.Size;
import dev.baton.model.spec.NodeSpec;
import dev.baton.themes.CanvasPalette;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The card and label images: same pixels as painting, new pictures for every change, bounded memory. */
@ExtendWith(ApplicationExtension.class)
class PictureCacheTest {
    private static final CanvasPalette PALETTE = palette(Color.web("#f6f7f9"), Color.WHITE, Color.web("#1f2328"));
    private static final Node AGENT = new Node(new NodeId("a"), "Customer update agent", new Position(300, 120),
            NodeSpec.defaults(NodeKind.AGENT));

    @Test
    void aCachedCardDrawsTheSamePixelsAsAFreshlyPaintedOne() {
        for (double scale : new double[] {1.0, 0.6, 1.5}) {
            CardPicture card = CardPicture.of(AGENT, PALETTE, scale, true, false, true, Problem.Severity.ERROR);
            WritableImage painted = onFx(() -> render(g -> {
                g.setTransform(scale, 0, 0, scale, 40, 30);
                new NodePainter().paint(g, PALETTE, AGENT, 0, 0, NodeGeometry.width(AGENT),
                        NodeGeometry.height(AGENT), true, false, true, Problem.Severity.ERROR);
            }));
            PictureCache cache = new PictureCache(PictureCache.DEFAULT_PIXEL_BUDGET);
            boolean[] copied = new boolean[1];
            WritableImage cached = onFx(() -> render(g -> {
                cache.prepare(List.of(card));
                copied[0] = cache.draw(g, card, 40, 30, 1);
            }));

            assertThat(copied[0]).as("drawn from its image at %s", scale).isTrue();
            assertThat(differingPixels(painted, cached)).as("pixels that differ visibly at %s", scale)
                    .isLessThan(0.002);
            assertThat(differingPixels(painted, render(PALETTE.get(CanvasTokens.BACKGROUND))))
                    .as("the card is really there").isGreaterThan(0.01);
        }
    }

    @Test
    void onAHiDpiScreenACardIsBakedAtTwiceThePixelsAndDrawnAtItsCanvasSize() {
        CardPicture retina = CardPicture.of(AGENT, PALETTE, 2.0, false, false, false, null);
        PictureSheet.Layout one = PictureSheet.Layout.of(CardPicture.of(AGENT, PALETTE, 1.0, false, false, false, null));
        PictureSheet.Layout two = PictureSheet.Layout.of(retina);
        assertThat(two.width()).isBetween(2 * one.width() - 2, 2 * one.width());

        WritableImage painted = onFx(() -> render(g -> {
            g.setTransform(1, 0, 0, 1, 40, 30);
            new NodePainter().paint(g, PALETTE, AGENT, 0, 0, NodeGeometry.width(AGENT), NodeGeometry.height(AGENT),
                    false, false, false, null);
        }));
        PictureCache cache = new PictureCache(PictureCache.DEFAULT_PIXEL_BUDGET);
        boolean[] copied = new boolean[1];
        WritableImage cached = onFx(() -> render(g -> {
            cache.prepare(List.of(retina));
            copied[0] = cache.draw(g, retina, 40, 30, 2);
        }));

        assertThat(copied[0]).isTrue();
        // This screen has one device pixel per canvas pixel, so the copy is scaled down: close, not identical.
        assertThat(differingPixels(painted, cached)).as("pixels that differ visibly").isLessThan(0.02);
    }

    @Test
    void aCardsPictureIgnoresItsPositionButChangesWithEveryEditZoomAndState() {
        CardPicture card = CardPicture.of(AGENT, PALETTE, 0.8, false, false, false, null);

        assertThat(CardPicture.of(AGENT.withPosition(new Position(900, -40)), PALETTE, 0.8, false, false, false, null))
                .as("moved").isEqualTo(card);
        assertThat(CardPicture.of(AGENT, PALETTE, 0.8000001, false, false, false, null))
                .as("the same zoom reached by other wheel steps").isEqualTo(card);
        assertThat(List.of(
                CardPicture.of(AGENT.withLabel("Renamed"), PALETTE, 0.8, false, false, false, null),
                CardPicture.of(AGENT.withSize(Optional.of(new Size(300, 90))), PALETTE, 0.8, false, false, false, null),
                CardPicture.of(AGENT, PALETTE, 0.81, false, false, false, null),
                CardPicture.of(AGENT, PALETTE, 0.8, true, false, false, null),
                CardPicture.of(AGENT, PALETTE, 0.8, false, true, false, null),
                CardPicture.of(AGENT, PALETTE, 0.8, false, false, true, null),
                CardPicture.of(AGENT, PALETTE, 0.8, false, false, false, Problem.Severity.WARNING),
                CardPicture.of(AGENT, palette(Color.BLACK, Color.web("#222"), Color.WHITE), 0.8, false, false, false,
                        null)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(card));
    }

    @Test
    void anEditedNodeIsBakedAgainAndAnUnchangedOneIsNot() {
        PictureCache cache = new PictureCache(PictureCache.DEFAULT_PIXEL_BUDGET);
        CardPicture before = CardPicture.of(AGENT, PALETTE, 1, false, false, false, null);
        CardPicture renamed = CardPicture.of(AGENT.withLabel("Address enricher"), PALETTE, 1, false, false, false, null);
        onFx(() -> {
            cache.prepare(List.of(before));
            cache.prepare(List.of(CardPicture.of(AGENT.withPosition(new Position(5, 5)), PALETTE, 1, false, false,
                    false, null)));
            return null;
        });
        assertThat(cache.bakedCount()).as("a move needs no new image").isEqualTo(1);

        WritableImage[] images = new WritableImage[2];
        onFx(() -> {
            images[0] = render(g -> cache.draw(g, before, 20, 20, 1));
            cache.prepare(List.of(renamed));
            images[1] = render(g -> cache.draw(g, renamed, 20, 20, 1));
            return null;
        });
        assertThat(cache.bakedCount()).isEqualTo(2);
        assertThat(differingPixels(images[0], images[1])).as("the new label is drawn").isGreaterThan(0.001);
    }

    @Test
    void aThemeChangeDropsEveryPictureAndTheNextFrameUsesTheNewColours() {
        CanvasRenderer renderer = new CanvasRenderer(PALETTE);
        CanvasModel model = new CanvasModel(dev.baton.model.Design.empty("d").withNodes(List.of(AGENT)));
        Viewport vp = new Viewport();
        vp.set(1, -200, -60);
        CanvasPalette dark = palette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#e6edf3"));
        Canvas canvas = new Canvas(500, 300);
        onFx(() -> {
            // The first frame at a zoom paints; the next one at the same zoom bakes.
            renderer.draw(canvas.getGraphicsContext2D(), model, vp, new RenderState(), 500, 300, false);
            renderer.draw(canvas.getGraphicsContext2D(), model, vp, new RenderState(), 500, 300, false);
            return null;
        });
        assertThat(renderer.pictures().size()).isEqualTo(1);

        renderer.setPalette(dark);
        assertThat(renderer.pictures().size()).isZero();
        WritableImage image = onFx(() -> {
            renderer.draw(canvas.getGraphicsContext2D(), model, vp, new RenderState(), 500, 300, false);
            return canvas.snapshot(null, null);
        });
        assertThat(renderer.picturesPending()).isFalse();
        assertThat(renderer.pictures().contains(CardPicture.of(AGENT, dark, 1, false, false, false, null))).isTrue();
        // Inside the card, right of its text: the dark theme's card fill.
        assertThat(image.getPixelReader().getColor(100 + 200, 60 + 30)).isEqualTo(dark.get(CanvasTokens.NODE_FILL));
    }

    @Test
    void whileTheZoomChangesEveryFrameCardsArePaintedAndTheFirstSteadyFrameBakesThem() {
        CanvasRenderer renderer = new CanvasRenderer(PALETTE);
        CanvasModel model = new CanvasModel(dev.baton.model.Design.empty("d").withNodes(List.of(AGENT)));
        Canvas canvas = new Canvas(500, 300);
        Viewport vp = new Viewport();
        List<Boolean> pending = new ArrayList<>();
        onFx(() -> {
            for (double scale : new double[] {1.0, 1.1, 1.2, 1.2}) {
                vp.set(scale, -200, -60);
                renderer.draw(canvas.getGraphicsContext2D(), model, vp, new RenderState(), 500, 300, false);
                pending.add(renderer.picturesPending());
            }
            return null;
        });
        assertThat(pending).containsExactly(true, true, true, false);
        assertThat(renderer.pictures().bakedCount()).as("only the steady zoom's card").isEqualTo(1);
        assertThat(renderer.pictures().contains(CardPicture.of(AGENT, PALETTE, 1.2, false, false, false, null)))
                .isTrue();
    }

    @Test
    void aFrameThatNeedsMoreThanTheBudgetKeepsAllItsPictures() {
        List<CardPicture> frame = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            frame.add(CardPicture.of(AGENT.withLabel("agent " + i), PALETTE, 1, false, false, false, null));
        }
        PictureCache cache = new PictureCache(1);
        int[] pending = new int[2];
        onFx(() -> {
            cache.prepare(frame, true);
            pending[0] = cache.prepare(frame, true);
            pending[1] = cache.prepare(List.of(CardPicture.of(AGENT, PALETTE, 1, false, false, false, null)), true);
            return null;
        });
        assertThat(pending[0]).as("nothing left to bake, so no frame after frame of baking").isZero();
        assertThat(pending[1]).isZero();
        assertThat(cache.bakedCount()).isEqualTo(4);
        assertThat(cache.size()).as("the last frame's picture").isEqualTo(1);
    }

    @Test
    void theCacheStaysWithinItsBudgetAndForgetsTheLeastRecentlyDrawnPictures() {
        List<CardPicture> cards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cards.add(CardPicture.of(AGENT.withLabel("agent " + i), PALETTE, 1, false, false, false, null));
        }
        long one = (long) PictureSheet.Layout.of(cards.get(0)).width() * PictureSheet.Layout.of(cards.get(0)).height();
        PictureCache cache = new PictureCache(3 * one);
        onFx(() -> {
            cache.prepare(cards.subList(0, 3));
            cache.prepare(List.of(cards.get(0)));
            cache.prepare(List.of(cards.get(3)));
            return null;
        });
        assertThat(cache.pixels()).isLessThanOrEqualTo(3 * one);
        assertThat(cache.contains(cards.get(1))).as("the least recently drawn").isFalse();
        assertThat(cache.contains(cards.get(0))).as("drawn again since").isTrue();
        assertThat(cache.contains(cards.get(2))).isTrue();
        assertThat(cache.contains(cards.get(3))).isTrue();
    }

    @Test
    void picturesBeyondOneSheetWaitForTheNextFrameAndHugeOnesArePaintedDirectly() {
        List<CardPicture> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(CardPicture.of(AGENT.withLabel("agent " + i), PALETTE, 1, false, false, false, null));
        }
        CardPicture huge = CardPicture.of(AGENT.withSize(Optional.of(new Size(1200, 400))), PALETTE, 4, false, false,
                false, null);
        PictureCache cache = new PictureCache(PictureCache.DEFAULT_PIXEL_BUDGET);
        boolean[] copied = new boolean[1];
        onFx(() -> {
            cache.prepare(many);
            assertThat(cache.size()).as("one sheet's worth").isBetween(10, 79);
            cache.prepare(many);
            cache.prepare(List.of(huge));
            render(g -> copied[0] = cache.draw(g, huge, 0, 0, 1));
            return null;
        });
        assertThat(cache.size()).isEqualTo(80);
        assertThat(copied[0]).isFalse();
    }

    private interface Drawing {
        void draw(GraphicsContext g);
    }

    /** A 400 x 200 canvas in the palette's background with {@code drawing} on it, as pixels. */
    private static WritableImage render(Drawing drawing) {
        Canvas canvas = new Canvas(400, 200);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(PALETTE.get(CanvasTokens.BACKGROUND));
        g.fillRect(0, 0, 400, 200);
        drawing.draw(g);
        return canvas.snapshot(null, null);
    }

    private static WritableImage render(Color background) {
        return onFx(() -> render(g -> { }));
    }

    /** The share of pixels whose colour differs by more than 10% in a channel. */
    private static double differingPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color ca = ra.getColor(x, y);
                Color cb = rb.getColor(x, y);
                double d = Math.max(Math.abs(ca.getRed() - cb.getRed()), Math.max(
                        Math.abs(ca.getGreen() - cb.getGreen()), Math.abs(ca.getBlue() - cb.getBlue())));
                if (d > 0.1) {
                    differing++;
                }
            }
        }
        return differing / (double) (w * h);
    }

    /** Every canvas token in a distinct colour, with the given background, card fill and text. */
    private static CanvasPalette palette(Color background, Color fill, Color text) {
        Map<String, Color> colours = new HashMap<>();
        int i = 0;
        for (String token : CanvasTokens.all()) {
            colours.put(token, Color.hsb(i++ * 37 % 360, 0.7, 0.75));
        }
        colours.put(CanvasTokens.BACKGROUND, background);
        colours.put(CanvasTokens.NODE_FILL, fill);
        colours.put(CanvasTokens.NODE_TEXT, text);
        return CanvasPalette.of(colours);
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
