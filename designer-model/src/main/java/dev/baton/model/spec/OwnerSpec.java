// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;

/** The task owner of a handoff design: it gets control back at the hop cap and decides. */
public record OwnerSpec(OwnerDecision decision) implements NodeSpec {
    public OwnerSpec {
        Require.nonNull("decision", decision);
    }

    public static OwnerSpec defaults() {
        return new OwnerSpec(OwnerDecision.ESCALATE);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.OWNER;
    }
}
