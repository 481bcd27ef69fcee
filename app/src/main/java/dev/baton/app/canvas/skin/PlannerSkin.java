// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.PlannerSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** How planner nodes look. */
public final class PlannerSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignC.CLIPBOARD_LIST_OUTLINE;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-planner";
    }

    @Override
    public String subtitle(Node node) {
        PlannerSpec spec = (PlannerSpec) node.spec();
        return InvocationBadges.join("planner", spec.maxRounds().isPresent() ? "max " + spec.maxRounds().getAsInt() + " rounds" : "no round cap");
    }

    @Override
    public List<Badge> badges(Node node) {
        PlannerSpec spec = (PlannerSpec) node.spec();
        return InvocationBadges.of(spec.invocation());
    }
}
