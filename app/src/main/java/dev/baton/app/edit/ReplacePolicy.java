// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.edit;

import dev.baton.model.Design;
import dev.baton.model.policy.TaskPolicy;
import java.util.Optional;

/** Replaces the design's task policy (hop cap, ceilings, owner ...). */
public record ReplacePolicy(TaskPolicy policy, String property) implements GraphEdit {
    @Override
    public Design apply(Design design) {
        return design.withPolicy(policy);
    }

    @Override
    public String label() {
        return "Edit " + property;
    }

    @Override
    public Optional<GraphEdit> mergeWith(GraphEdit next) {
        if (next instanceof ReplacePolicy && ((ReplacePolicy) next).property().equals(property)) {
            return Optional.of(next);
        }
        return Optional.empty();
    }
}
