// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.script;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Deterministic stand-ins kept with a design, so that {@code baton run} shows the design's story out of the box:
 * an example task input and a script per agent or tool. Real adapters replace scripts at run time.
 *
 * @param exampleInput the example task input; must not be mutated
 * @param nodes scripts by node id, in file order
 */
public record ScriptSet(Optional<JsonNode> exampleInput, Map<NodeId, NodeScript> nodes) {
    public static final ScriptSet NONE = new ScriptSet(Optional.empty(), Map.of());

    public ScriptSet {
        Require.nonNull("exampleInput", exampleInput);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(Require.nonNull("scripts", nodes)));
    }

    public Optional<NodeScript> scriptFor(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public boolean isEmpty() {
        return exampleInput.isEmpty() && nodes.isEmpty();
    }
}
