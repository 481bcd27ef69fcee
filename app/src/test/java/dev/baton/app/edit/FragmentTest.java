// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.TestDesigns;
import dev.baton.model.Design;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FragmentTest {
    @Test
    void pasteGivesFreshIdsAndKeepsInnerEdgesOnly() {
        Design d = TestDesigns.orchestratorWithTwoAgents();
        Fragment f = Fragment.of(d, new Selection(Set.of(NodeId.of("orch"), NodeId.of("a1")), Set.of()));
        assertThat(f.edges()).extracting(e -> e.id().value()).containsExactly("e2");

        AddElements paste = f.pasteInto(d, 40, 40);

        assertThat(paste.nodes()).extracting(n -> n.id().value()).containsExactly("orch-1", "a1-1");
        assertThat(paste.nodes().get(0).position()).isEqualTo(new Position(240, 140));
        assertThat(paste.edges()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(EdgeId.of("e2-1"));
            assertThat(e.from()).isEqualTo(NodeId.of("orch-1"));
            assertThat(e.to()).isEqualTo(NodeId.of("a1-1"));
        });
        Design after = paste.apply(d);
        assertThat(after.nodes()).hasSize(7);
        assertThat(f.pasteInto(after, 80, 80).nodes()).extracting(n -> n.id().value())
                .containsExactly("orch-2", "a1-2");
    }

    @Test
    void idsCountUpFromTheStem() {
        assertThat(Ids.stem("agent-12")).isEqualTo("agent");
        assertThat(Ids.stem("agent-x")).isEqualTo("agent-x");
        assertThat(Ids.fresh("agent", new java.util.HashSet<>(Set.of("agent-1", "agent-2")))).isEqualTo("agent-3");
    }
}
