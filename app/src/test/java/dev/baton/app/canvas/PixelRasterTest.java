// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PixelRasterTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int RED = 0xFF0000;

    private final PixelRaster raster = new PixelRaster();

    @Test
    void resetFillsEveryPixel() {
        raster.reset(4, 3, WHITE);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(raster.get(x, y)).isEqualTo(WHITE);
            }
        }
    }

    @Test
    void fillRectIsClippedToTheRaster() {
        raster.reset(4, 4, WHITE);
        raster.fillRect(-5, 2, 2, 99, RED, 1);
        assertThat(raster.get(0, 2)).isEqualTo(0xFF000000 | RED);
        assertThat(raster.get(1, 3)).isEqualTo(0xFF000000 | RED);
        assertThat(raster.get(2, 3)).isEqualTo(WHITE);
        assertThat(raster.get(0, 1)).isEqualTo(WHITE);
    }

    @Test
    void aRectangleBesideTheRasterDrawsNothing() {
        raster.reset(4, 4, WHITE);
        raster.fillRect(6, 1, 9, 3, RED, 1);
        raster.fillRect(-9, 1, -6, 3, RED, 1);
        raster.fillRect(1, -9, 3, -6, RED, 0.5);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(raster.get(x, y)).isEqualTo(WHITE);
            }
        }
    }

    @Test
    void halfOpacityBlendsHalfway() {
        raster.reset(1, 1, 0xFF000000);
        raster.fillRect(0, 0, 1, 1, 0xFFFFFF, 0.5);
        int grey = raster.get(0, 0) & 0xFF;
        assertThat(grey).isBetween(126, 129);
    }

    @Test
    void aHorizontalLineOnAPixelRowCoversThatRowOnly() {
        raster.reset(10, 5, WHITE);
        raster.line(1, 2, 8, 2, RED, 1);
        for (int x = 1; x <= 8; x++) {
            assertThat(raster.get(x, 2)).as("x=%d", x).isEqualTo(0xFF000000 | RED);
            assertThat(raster.get(x, 1)).isEqualTo(WHITE);
            assertThat(raster.get(x, 3)).isEqualTo(WHITE);
        }
        assertThat(raster.get(9, 2)).isEqualTo(WHITE);
    }

    @Test
    void aLineBetweenTwoRowsSharesItsCoverage() {
        raster.reset(6, 4, WHITE);
        raster.line(0, 1.5, 5, 1.5, 0x000000, 1);
        int upper = raster.get(2, 1) & 0xFF;
        int lower = raster.get(2, 2) & 0xFF;
        assertThat(upper).isBetween(120, 135);
        assertThat(lower).isBetween(120, 135);
    }

    @Test
    void aSteepLineCoversOnePixelPerRow() {
        raster.reset(5, 10, WHITE);
        raster.line(2, 0, 2, 9, RED, 1);
        for (int y = 0; y <= 9; y++) {
            assertThat(raster.get(2, y)).as("y=%d", y).isEqualTo(0xFF000000 | RED);
        }
    }

    @Test
    void aLineFarOffScreenTouchesNothingAndALongOneIsClipped() {
        raster.reset(8, 8, WHITE);
        raster.line(-100, -50, -10, -40, RED, 1);
        raster.line(-1e6, 4, 1e6, 4, RED, 1);
        for (int x = 0; x < 8; x++) {
            assertThat(raster.get(x, 3)).isEqualTo(WHITE);
            assertThat(raster.get(x, 4)).isEqualTo(0xFF000000 | RED);
        }
    }

    @Test
    void argbDropsNoChannel() {
        assertThat(PixelRaster.argb(Color.rgb(1, 2, 3))).isEqualTo(0xFF010203);
    }
}
