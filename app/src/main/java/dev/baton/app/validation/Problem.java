// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.validation;

import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import java.util.List;

/**
 * A structural finding as the designer shows it: on the nodes and edges it concerns and in the problems panel.
 * The app-side mirror of the model's validation finding, so that the views do not depend on where checks live.
 */
public record Problem(Severity severity, String code, List<NodeId> nodes, List<EdgeId> edges, String message) {
    /** How bad a problem is; the order is the display order. */
    public enum Severity { ERROR, WARNING, INFO }

    public Problem {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
