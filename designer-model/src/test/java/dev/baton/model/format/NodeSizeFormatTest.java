// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.Size;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The optional {@code size} of a node: written after {@code position} only when set, read back exactly. */
class NodeSizeFormatTest {
    private static final NodeId WRITER = NodeId.of("writer");

    @Test
    void aResizedNodeGetsASizeRightAfterItsPositionAndNothingElseChanges() throws Exception {
        Design d = TestDesigns.everything();
        Design resized = d.updateNode(WRITER, n -> n.withSize(Optional.of(new Size(300.04, 96))));
        LineDiff diff = LineDiff.of(DesignFiles.toJson(d), DesignFiles.toJson(resized));
        assertThat(diff.removed).isEmpty();
        // Four new lines; the line diff may pair the closing brace with the position's.
        assertThat(diff.added).containsExactlyInAnyOrder("      \"size\": {", "        \"width\": 300,",
                "        \"height\": 96", "      },");
        String json = DesignFiles.toJson(resized);
        int writer = json.indexOf("\"id\": \"writer\"");
        assertThat(json.indexOf("\"size\"", writer)).isGreaterThan(json.indexOf("\"position\"", writer))
                .isLessThan(json.indexOf("\"settings\"", writer));
        Design back = DesignFiles.fromJson(json, "resized.baton.json").design();
        assertThat(back).isEqualTo(resized);
        assertThat(back.node(WRITER).orElseThrow().size()).contains(new Size(300, 96));
        assertThat(DesignFiles.toJson(back)).isEqualTo(json);
    }

    @Test
    void designsWithoutResizedNodesHaveNoSizeKeys() {
        assertThat(DesignFiles.toJson(TestDesigns.everything())).doesNotContain("\"size\"");
    }

    @Test
    void aSizeOutOfRangeIsALocatedError() {
        String json = DesignFiles.toJson(TestDesigns.everything().updateNode(WRITER,
                n -> n.withSize(Optional.of(new Size(300, 96))))).replace("\"width\": 300", "\"width\": -5");
        assertThatThrownBy(() -> DesignFiles.fromJson(json, "bad.baton.json"))
                .isInstanceOf(DesignLoadException.class)
                .hasMessageStartingWith("bad.baton.json:")
                .hasMessageEndingWith(" at $.nodes[3].size.width: expected a number between 1 and 10000, but found -5");
    }

    @Test
    void sizeRejectsValuesOutsideItsRangeAndRoundsToOneDecimal() {
        assertThat(new Size(120.04, 60.06)).isEqualTo(new Size(120, 60.1));
        assertThatThrownBy(() -> new Size(0, 10)).hasMessage("size width must be between 1 and 10000, but was 0.0");
        assertThatThrownBy(() -> new Size(10, Double.NaN))
                .hasMessage("size height must be between 1 and 10000, but was NaN");
    }
}
