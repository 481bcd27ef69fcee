// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.model.Node;
import java.util.List;
import org.kordamp.ikonli.Ikon;

/**
 * How one node kind looks: its icon, accent colour token, the one-line subtitle and the badges with the settings
 * that matter at a glance. Skins read the model and never change it. One skin per {@code NodeSpec} type, looked up
 * through {@link NodeSkins}.
 */
public interface NodeSkin {
    /** The icon on the node and in the palette. */
    Ikon icon();

    /** The CSS token of the kind's accent colour ({@code -baton-kind-agent}). */
    String accentToken();

    /** The second line under the label: the kind plus the most telling setting. */
    String subtitle(Node node);

    /** Small badges along the bottom edge (budget, timeout, retries ...), left to right. */
    List<Badge> badges(Node node);

    /** One badge: an icon and a short text. */
    record Badge(Ikon icon, String text) {
    }
}
