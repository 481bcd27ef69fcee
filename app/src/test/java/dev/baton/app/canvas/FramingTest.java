// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where the camera goes: the whole design clear of the minimap's corner, or a readable part of it on opening. */
class FramingTest {
    private static final double W = 900;
    private static final double H = 600;

    @ParameterizedTest
    @EnumSource(Corner.class)
    void fittingKeepsTheDesignOutOfTheReservedCorner(Corner corner) {
        Framing framing = new Framing();
        framing.reserve(corner, 224, 144);
        Viewport vp = new Viewport();
        double[] design = {0, 0, 1800, 1200};

        framing.fit(vp, design, W, H);

        double x0 = vp.toScreenX(design[0]);
        double y0 = vp.toScreenY(design[1]);
        double x1 = vp.toScreenX(design[2]);
        double y1 = vp.toScreenY(design[3]);
        double cx0 = corner.left() ? 0 : W - 224;
        double cy0 = corner.top() ? 0 : H - 144;
        boolean overlaps = x1 > cx0 && x0 < cx0 + 224 && y1 > cy0 && y0 < cy0 + 144;
        assertThat(overlaps).as("design %s..%s x %s..%s, corner at %s,%s", x0, x1, y0, y1, cx0, cy0).isFalse();
        assertThat(x0).isGreaterThanOrEqualTo(0);
        assertThat(x1).isLessThanOrEqualTo(W);
    }

    @Test
    void aDesignOfAFewScreensThatWouldFitOnlyAsBlocksOpensReadableAtItsLeftEdge() {
        Viewport vp = new Viewport();
        // The support-handoff sample: 2,120 x 288 world units.
        new Framing().open(vp, new double[] {60, 100, 2180, 388}, W, H);

        assertThat(vp.scale()).isEqualTo(Framing.READABLE_SCALE);
        assertThat(vp.toScreenX(60)).isEqualTo(Framing.MARGIN);
        assertThat((vp.toScreenY(100) + vp.toScreenY(388)) / 2).as("centred vertically").isEqualTo(H / 2);
    }

    @Test
    void aLargeDesignOpensWholeAndOneThatFitsReadablyOpensFitted() {
        Viewport large = new Viewport();
        new Framing().open(large, new double[] {0, 0, 17_000, 9_000}, W, H);
        assertThat(large.scale()).isLessThan(CanvasRenderer.DETAIL_SCALE);
        assertThat(large.toScreenX(17_000)).isLessThanOrEqualTo(W);

        Viewport small = new Viewport();
        new Framing().open(small, new double[] {0, 0, 1200, 500}, W, H);
        Viewport fitted = new Viewport();
        new Framing().fit(fitted, new double[] {0, 0, 1200, 500}, W, H);
        assertThat(small.scale()).isEqualTo(fitted.scale()).isGreaterThanOrEqualTo(CanvasRenderer.DETAIL_SCALE);
    }
}
