// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.NodeKind;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodePainterTest {
    @ParameterizedTest
    @EnumSource(value = NodeKind.class, names = {"START", "END"}, mode = EnumSource.Mode.EXCLUDE)
    void aCardsLabelSubtitleAndBadgesDoNotOverlapAtItsKindsSize(NodeKind kind) {
        double[] lines = NodePainter.lineCentres(NodeGeometry.height(kind));
        double label = CanvasRenderer.labelFont().getSize();
        double subtitle = CanvasRenderer.smallFont().getSize();
        double badge = 16;

        assertThat(lines[0] + label / 2).as("label above subtitle").isLessThanOrEqualTo(lines[1] - subtitle / 2);
        assertThat(lines[1] + subtitle / 2).as("subtitle above badges").isLessThan(lines[2] - badge / 2);
        assertThat(lines[2] + badge / 2).as("badges inside the card").isLessThan(NodeGeometry.height(kind));
    }

    @Test
    void iconsAreBlackOnLightAccentsAndWhiteOnDarkOnes() {
        assertThat(NodePainter.onAccent(Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(NodePainter.onAccent(Color.web("#ffd400"))).isEqualTo(Color.BLACK);
        assertThat(NodePainter.onAccent(Color.web("#1f6feb"))).isEqualTo(Color.WHITE);
        assertThat(NodePainter.onAccent(Color.web("#5b6470"))).isEqualTo(Color.WHITE);
    }
}
