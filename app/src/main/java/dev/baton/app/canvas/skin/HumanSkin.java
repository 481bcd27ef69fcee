// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin;
import dev.baton.model.Node;
import dev.baton.model.spec.HumanSpec;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import dev.baton.app.units.DurationText;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** How human nodes look. */
public final class HumanSkin implements NodeSkin {
    @Override
    public Ikon icon() {
        return MaterialDesignA.ACCOUNT;
    }

    @Override
    public String accentToken() {
        return "-baton-kind-human";
    }

    @Override
    public String subtitle(Node node) {
        HumanSpec spec = (HumanSpec) node.spec();
        return InvocationBadges.join("human", spec.queue());
    }

    @Override
    public List<Badge> badges(Node node) {
        HumanSpec spec = (HumanSpec) node.spec();
        return List.of(new Badge(MaterialDesignT.TIMER_SAND, spec.responseDeadline().map(DurationText::format).orElse("no deadline")), new Badge(MaterialDesignA.ARROW_RIGHT_BOLD_OUTLINE, spec.defaultDecision().jsonName()));
    }
}
