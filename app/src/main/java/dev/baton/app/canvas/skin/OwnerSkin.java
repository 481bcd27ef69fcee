// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.OwnerSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** How owner nodes look. */
public final class OwnerSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignA.ACCOUNT_TIE;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-owner";
    }

    @Override
    public String subtitle(Node node) {
        return "owner";
    }

    @Override
    public List<Badge> badges(Node node) {
        OwnerSpec spec = (OwnerSpec) node.spec();
        return List.of(new Badge(MaterialDesignA.ARROW_RIGHT_BOLD_OUTLINE, spec.decision().jsonName()));
    }
}
