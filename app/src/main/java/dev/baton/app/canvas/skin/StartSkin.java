// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** How start nodes look. */
public final class StartSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignP.PLAY_CIRCLE;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-start";
    }

    @Override
    public String subtitle(Node node) {
        return "start";
    }

    @Override
    public List<Badge> badges(Node node) {
        return List.of();
    }
}
