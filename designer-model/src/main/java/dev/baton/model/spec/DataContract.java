// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The typed shape a node's output (or the task's input) must have. An envelope whose result breaks its agent's
 * contract is turned into a {@code failed} envelope by the engine; nothing is silently accepted.
 */
public record DataContract(List<ContractField> fields) {
    public DataContract {
        fields = List.copyOf(Require.nonNull("contract fields", fields));
        Set<String> seen = new HashSet<>();
        for (ContractField f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("contract field names must be unique, but \"" + f.name()
                        + "\" appears twice");
            }
        }
    }

    public static DataContract of(ContractField... fields) {
        return new DataContract(List.of(fields));
    }
}
