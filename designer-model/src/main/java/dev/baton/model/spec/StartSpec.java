// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.util.Optional;

/** Task intake: the contract the task's input must meet. */
public record StartSpec(Optional<DataContract> inputContract) implements NodeSpec {
    public StartSpec {
        Require.nonNull("inputContract", inputContract);
    }

    public static StartSpec defaults() {
        return new StartSpec(Optional.empty());
    }

    @Override
    public NodeKind kind() {
        return NodeKind.START;
    }
}
