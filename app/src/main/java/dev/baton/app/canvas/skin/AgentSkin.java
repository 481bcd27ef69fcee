// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.AgentSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** How agent nodes look. */
public final class AgentSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignR.ROBOT;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-agent";
    }

    @Override
    public String subtitle(Node node) {
        AgentSpec spec = (AgentSpec) node.spec();
        return InvocationBadges.join(spec.role().isBlank() ? "agent" : spec.role(), InvocationBadges.model(spec.invocation()));
    }

    @Override
    public List<Badge> badges(Node node) {
        AgentSpec spec = (AgentSpec) node.spec();
        return InvocationBadges.of(spec.invocation());
    }
}
