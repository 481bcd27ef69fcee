// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.OrchestratorSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** How orchestrator nodes look. */
public final class OrchestratorSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignS.SITEMAP;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-orchestrator";
    }

    @Override
    public String subtitle(Node node) {
        OrchestratorSpec spec = (OrchestratorSpec) node.spec();
        return InvocationBadges.join("orchestrator", InvocationBadges.model(spec.invocation()));
    }

    @Override
    public List<Badge> badges(Node node) {
        OrchestratorSpec spec = (OrchestratorSpec) node.spec();
        return InvocationBadges.of(spec.invocation());
    }
}
