// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.ToolSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** How tool nodes look. */
public final class ToolSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignW.WRENCH;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-tool";
    }

    @Override
    public String subtitle(Node node) {
        ToolSpec spec = (ToolSpec) node.spec();
        return InvocationBadges.join("tool", spec.availability() < 1.0 ? Math.round(spec.availability() * 1000) / 10.0 + "% up" : "");
    }

    @Override
    public List<Badge> badges(Node node) {
        ToolSpec spec = (ToolSpec) node.spec();
        return spec.circuitBreaker().isPresent() ? List.of(new Badge(MaterialDesignE.ELECTRIC_SWITCH, "breaker")) : List.of();
    }
}
