// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.ValidatorSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** How validator nodes look. */
public final class ValidatorSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignS.SHIELD_CHECK;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-validator";
    }

    @Override
    public String subtitle(Node node) {
        ValidatorSpec spec = (ValidatorSpec) node.spec();
        return InvocationBadges.join("validator", spec.confidenceThreshold().isPresent() ? "conf >= " + spec.confidenceThreshold().getAsDouble() : "");
    }

    @Override
    public List<Badge> badges(Node node) {
        ValidatorSpec spec = (ValidatorSpec) node.spec();
        return InvocationBadges.of(spec.invocation());
    }
}
