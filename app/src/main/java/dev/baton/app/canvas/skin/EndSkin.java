// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** How end nodes look. */
public final class EndSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignF.FLAG_CHECKERED;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-end";
    }

    @Override
    public String subtitle(Node node) {
        return "end";
    }

    @Override
    public List<Badge> badges(Node node) {
        return List.of();
    }
}
