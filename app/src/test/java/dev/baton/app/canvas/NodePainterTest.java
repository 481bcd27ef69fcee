// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class NodePainterTest {
    @Test
    void iconsAreBlackOnLightAccentsAndWhiteOnDarkOnes() {
        assertThat(NodePainter.onAccent(Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(NodePainter.onAccent(Color.web("#ffd400"))).isEqualTo(Color.BLACK);
        assertThat(NodePainter.onAccent(Color.web("#1f6feb"))).isEqualTo(Color.WHITE);
        assertThat(NodePainter.onAccent(Color.web("#5b6470"))).isEqualTo(Color.WHITE);
    }
}
