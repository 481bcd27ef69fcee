// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.StoreSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** How store nodes look. */
public final class StoreSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignD.DATABASE;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-store";
    }

    @Override
    public String subtitle(Node node) {
        StoreSpec spec = (StoreSpec) node.spec();
        return InvocationBadges.join("store", spec.concurrency().jsonName());
    }

    @Override
    public List<Badge> badges(Node node) {
        return List.of();
    }
}
