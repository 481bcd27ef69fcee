// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.validation;

import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.util.List;

/**
 * One structural finding: which nodes or edges, what is wrong and why.
 *
 * @param code a stable identifier of the rule ({@code edge.illegal-kind})
 * @param jsonPath where in the file the problem sits ({@code $.edges[3]}), for editors and the CLI
 * @param message what is wrong and why, in a full sentence
 */
public record Finding(Severity severity, String code, List<NodeId> nodes, List<EdgeId> edges, String jsonPath,
        String message) {

    public Finding {
        Require.nonNull("severity", severity);
        Require.nonBlank("code", code);
        nodes = List.copyOf(Require.nonNull("nodes", nodes));
        edges = List.copyOf(Require.nonNull("edges", edges));
        Require.nonNull("jsonPath", jsonPath);
        Require.nonBlank("message", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + " at " + jsonPath + ": " + message;
    }
}
