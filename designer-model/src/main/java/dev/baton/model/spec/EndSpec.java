// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.util.Optional;

/** Task result: the contract the task's output must meet. */
public record EndSpec(Optional<DataContract> outputContract) implements NodeSpec {
    public EndSpec {
        Require.nonNull("outputContract", outputContract);
    }

    public static EndSpec defaults() {
        return new EndSpec(Optional.empty());
    }

    @Override
    public NodeKind kind() {
        return NodeKind.END;
    }
}
