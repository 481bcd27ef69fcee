// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas.skin;

import dev.baton.app.canvas.NodeSkin.Badge;
import dev.baton.app.units.DurationText;
import dev.baton.app.units.TokenText;
import dev.baton.model.spec.Invocation;
import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Shared pieces of the skins. The badges every model-backed node shows: token budget, timeout and retries; an unset limit says so. */
final class InvocationBadges {
    private InvocationBadges() {
    }

    static List<Badge> of(Invocation inv) {
        List<Badge> badges = new ArrayList<>(3);
        badges.add(new Badge(MaterialDesignC.CIRCLE_MULTIPLE_OUTLINE,
                inv.tokenBudget().isPresent() ? TokenText.compact(inv.tokenBudget().getAsLong()) : "no budget"));
        badges.add(new Badge(MaterialDesignT.TIMER_OUTLINE,
                inv.timeout().map(DurationText::format).orElse("no timeout")));
        if (inv.retry().retries()) {
            badges.add(new Badge(MaterialDesignR.REPLAY, "x" + inv.retry().maxAttempts()));
        }
        return badges;
    }

    static String model(Invocation inv) {
        return inv.model().map(Object::toString).orElse("");
    }

    /** "kind · detail", or just "kind" when there is no detail. */
    static String join(String kind, String detail) {
        return detail.isBlank() ? kind : kind + " \u00b7 " + detail;
    }
}
